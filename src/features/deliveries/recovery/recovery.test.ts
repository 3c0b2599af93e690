import { expect, test } from 'vitest'
import { ApiError } from '../../../lib/api-error'
import type { LuccaEvent, WebhookDelivery } from '../../../lib/lucca-client'
import { planRecovery } from './recovery-plan'
import { runRecovery } from './recovery-runner'
import { olderThan } from './recovery-scan'

let seq = 0
function row(
  eventId: string,
  status: WebhookDelivery['status'],
  options: { next?: string; topic?: string; at?: string; endpoint?: string; attempts?: number } = {},
) {
  const delivery = {
    id: `d${seq++}`,
    status,
    nextAttemptAt: options.next ?? null,
    attemptsCount: options.attempts ?? 1,
    event: { id: eventId },
    webhookEndpoint: { id: options.endpoint ?? '7' },
  } as WebhookDelivery
  const event = {
    id: eventId,
    topic: options.topic ?? 'employee.updated',
    occurredAt: options.at ?? '2026-01-01T10:00:00Z',
  } as LuccaEvent
  return { delivery, event }
}
const window = {
  from: Date.parse('2026-01-01T00:00:00Z'),
  to: Date.parse('2026-01-02T00:00:00Z'),
  topics: [],
}

test('each undelivered event counts once; delivered, retrying, other endpoints and out-of-window ones do not', () => {
  const rows = [
    row('1', 'failed'),
    row('1', 'failed'), // redelivered once already, failed again: still one event
    row('2', 'failed'),
    row('2', 'delivered'), // a later redelivery succeeded
    row('3', 'undelivered', { next: '2026-01-01T11:00:00Z' }), // Lucca still retries it
    row('4', 'undelivered'), // held while suspended
    row('9', 'undelivered', { attempts: 0 }), // never tried yet: Lucca still has it in hand
    row('5', 'failed', { endpoint: '8' }),
    row('6', 'failed', { at: '2025-12-31T23:59:59Z' }),
  ]
  expect(planRecovery(rows, '7', window).map((c) => [c.eventId, c.reason])).toEqual([
    ['1', 'failed'],
    ['4', 'held'],
  ])
})

test('a topic filter keeps only those topics', () => {
  const rows = [
    row('1', 'failed', { topic: 'employee.created' }),
    row('2', 'failed', { topic: 'leave.created' }),
  ]
  expect(planRecovery(rows, '7', { ...window, topics: ['leave.created'] }).map((c) => c.eventId)).toEqual([
    '2',
  ])
})

const candidates = ['a', 'b', 'c'].map((eventId) => ({
  eventId,
  topic: 't',
  occurredAt: '',
  reason: 'failed' as const,
}))

test('redeliveries are paced, a 429 is waited out and retried, other errors are counted', async () => {
  const waits: number[] = []
  const sent: string[] = []
  let throttled = false
  const progress = await runRecovery(candidates, {
    signal: new AbortController().signal,
    intervalMs: 2000,
    wait: async (ms) => void waits.push(ms),
    onProgress: () => undefined,
    send: async (eventId) => {
      if (eventId === 'b' && !throttled) {
        throttled = true
        throw new ApiError(429, 'slow down', {}, 'console-budget', 7)
      }
      if (eventId === 'c') throw new ApiError(400, 'Endpoint is not active')
      sent.push(eventId)
      return { id: `new-${eventId}` }
    },
  })
  expect(waits).toEqual([2000, 7000, 2000])
  expect(sent).toEqual(['a', 'b'])
  expect(progress).toMatchObject({ done: 3, total: 3, sent: [{ eventId: 'a' }, { eventId: 'b' }] })
  expect(progress.errors.map((e) => e.eventId)).toEqual(['c'])
})

test('cancelling stops before the next redelivery', async () => {
  const controller = new AbortController()
  const sent: string[] = []
  const progress = await runRecovery(candidates, {
    signal: controller.signal,
    wait: async () => undefined,
    onProgress: (p) => {
      if (p.done === 1) controller.abort()
    },
    send: async (eventId) => {
      sent.push(eventId)
      return { id: eventId }
    },
  })
  expect(sent).toEqual(['a'])
  expect(progress.done).toBe(1)
})

test('the scan stops at a newest-first page older than the window, never at an oldest-first one', () => {
  const since = Date.parse('2026-01-01T00:00:00Z')
  const old = [
    row('1', 'failed', { at: '2025-12-30T00:00:00Z' }),
    row('2', 'failed', { at: '2025-12-29T00:00:00Z' }),
  ]
  expect(olderThan(old, since)).toBe(true)
  expect(olderThan([...old].reverse(), since)).toBe(false)
  expect(olderThan([row('3', 'failed', { at: '2026-01-01T10:00:00Z' }), ...old], since)).toBe(false)
})
