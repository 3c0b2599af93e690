import fc from 'fast-check'
import { expect, test } from 'vitest'
import { ApiError } from '../../../lib/api-error'
import { followTiming, nextPollDelay } from './follow-schedule'

const now = Date.parse('2026-01-01T12:00:00Z')
const at = (offsetMs: number) => new Date(now + offsetMs).toISOString()

test('a final delivery is not looked at again', () => {
  expect(nextPollDelay({ status: 'delivered', nextAttemptAt: null, attemptsCount: 1 }, now)).toBe(false)
  expect(nextPollDelay({ status: 'failed', nextAttemptAt: null, attemptsCount: 5 }, now)).toBe(false)
})

test('right after sending, the first look comes fast, then the floor applies', () => {
  const sent = { status: 'undelivered', nextAttemptAt: at(0), attemptsCount: 0 } as const
  expect(nextPollDelay(sent, now, undefined, 1)).toBe(followTiming.firstLookMs)
  expect(nextPollDelay(sent, now, undefined, 2)).toBe(followTiming.minMs)
})

test('after a failed attempt, the next look is aimed just after the next attempt Lucca announced', () => {
  expect(nextPollDelay({ status: 'undelivered', nextAttemptAt: at(58_000), attemptsCount: 1 }, now)).toBe(
    58_000 + followTiming.marginMs,
  )
})

test('an overdue attempt is looked for with a growing gap, capped', () => {
  const delays = [2_000, 4_000, 10_000, 40_000, 600_000].map((late) =>
    nextPollDelay({ status: 'undelivered', nextAttemptAt: at(-late), attemptsCount: 1 }, now),
  )
  expect(delays).toEqual([2_000, 4_000, 10_000, 40_000, followTiming.maxOverdueMs])
})

test('a far next attempt is capped, so a skewed browser clock cannot stall the page', () => {
  expect(
    nextPollDelay({ status: 'undelivered', nextAttemptAt: at(23 * 3_600_000), attemptsCount: 4 }, now),
  ).toBe(followTiming.maxWaitMs)
})

test('before the first attempt, a far nextAttemptAt is read as clock skew and checked soon anyway', () => {
  const queued = { status: 'undelivered', nextAttemptAt: at(62_000), attemptsCount: 0 } as const
  expect(nextPollDelay(queued, now, undefined, 1)).toBe(followTiming.firstLookMs)
  expect(nextPollDelay(queued, now, undefined, 2)).toBe(followTiming.firstAttemptMaxMs)
})

test('a delivery Lucca calls delivered is final, whatever nextAttemptAt still says (contract §12 R1)', () => {
  expect(nextPollDelay({ status: 'delivered', nextAttemptAt: at(60_000), attemptsCount: 2 }, now)).toBe(false)
})

test('a pending delivery with no next attempt stated is looked at soon, then ever more rarely', () => {
  // Lucca's contract does not say when nextAttemptAt is empty: a new delivery may be about to be tried.
  const pending = { status: 'undelivered', nextAttemptAt: null, attemptsCount: 0 } as const
  const delays = [0, 1, 2, 3, 4, 5, 6, 7, 8, 20].map((looks) => nextPollDelay(pending, now, undefined, looks))
  expect(delays.slice(0, 4)).toEqual([followTiming.firstLookMs, followTiming.firstLookMs, 6_000, 12_000])
  expect(delays.at(-1)).toBe(followTiming.heldMs)
  for (const [index, delay] of delays.entries()) {
    if (index > 0) expect(delay).toBeGreaterThanOrEqual(delays[index - 1] as number)
  }
})

test('a 429 waits as long as Retry-After says; a 404 stops', () => {
  const throttled = new ApiError(429, 'Too Many Requests', {}, 'console-budget', 42)
  expect(
    nextPollDelay({ status: 'undelivered', nextAttemptAt: at(0), attemptsCount: 0 }, now, throttled),
  ).toBe(42_000)
  expect(nextPollDelay(undefined, now, new ApiError(404, 'Not Found'))).toBe(false)
})

test('whatever the state, a pending delivery is never polled faster than the floor', () => {
  fc.assert(
    fc.property(fc.integer({ min: -10 * 86_400_000, max: 10 * 86_400_000 }), (offset) => {
      const delay = nextPollDelay({ status: 'undelivered', nextAttemptAt: at(offset), attemptsCount: 2 }, now)
      expect(delay).not.toBe(false)
      expect(delay).toBeGreaterThanOrEqual(followTiming.minMs)
      expect(delay).toBeLessThanOrEqual(followTiming.maxWaitMs)
    }),
  )
})
