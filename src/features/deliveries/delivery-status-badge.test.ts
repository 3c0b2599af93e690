import { expect, test } from 'vitest'
import { displayStatusOf } from './delivery-status-badge'

test('a delivery never tried is queued whatever nextAttemptAt says; tried with no next attempt, it is held', () => {
  const at = '2026-01-01T12:00:00Z'
  const cases = [
    [{ status: 'undelivered', attemptsCount: 0, nextAttemptAt: null }, 'queued'],
    [{ status: 'undelivered', attemptsCount: 0, nextAttemptAt: at }, 'queued'],
    [{ status: 'undelivered', attemptsCount: 2, nextAttemptAt: at }, 'pending'],
    [{ status: 'undelivered', attemptsCount: 2, nextAttemptAt: null }, 'held'],
    [{ status: 'delivered', attemptsCount: 1, nextAttemptAt: null }, 'delivered'],
    [{ status: 'failed', attemptsCount: 5, nextAttemptAt: null }, 'failed'],
  ] as const
  for (const [delivery, shown] of cases)
    expect(displayStatusOf(delivery), JSON.stringify(delivery)).toBe(shown)
})
