import type { WebhookDelivery } from '../../../lib/lucca-client'
import { ApiError } from '../../../lib/api-error'

type DeliveryState = Pick<WebhookDelivery, 'status' | 'nextAttemptAt' | 'attemptsCount'>

/**
 * How long to wait before looking at a followed delivery again. Lucca's whole account shares 50 requests
 * a minute, so we aim at the moment something can change (`nextAttemptAt`, as Lucca states it: we never
 * guess its retry schedule) instead of polling at a fixed rate.
 */
export const followTiming = {
  /** Shortest wait: a due attempt is queued, then the receiver has up to 3 s to answer. */
  minMs: 1_500,
  /**
   * The first look at a delivery just sent: Lucca queues its first attempt at once and a healthy receiver
   * answers in a few hundred ms, so the admin sees the outcome about a second sooner for the same one call.
   */
  firstLookMs: 600,
  /** After `nextAttemptAt`: time for the attempt to be made and recorded. */
  marginMs: 1_500,
  /** An overdue attempt is looked for again after a doubling wait, up to this. */
  maxOverdueMs: 60_000,
  /** Guards against a browser clock far from Lucca's: never wait longer than this. */
  maxWaitMs: 20 * 60_000,
  /**
   * Before the first attempt: Lucca queues it at once, so a `nextAttemptAt` far ahead can only be clock skew
   * between this browser and Lucca; look again soon anyway.
   */
  firstAttemptMaxMs: 5_000,
  /**
   * Longest wait when Lucca states no next attempt on a pending delivery. Its contract does not say when it
   * leaves `nextAttemptAt` empty (a new delivery about to be tried, one held by an endpoint that is not
   * active…), so the console looks again after a doubling wait from `minMs` up to this.
   */
  heldMs: 5 * 60_000,
  /** After an error that gave no Retry-After. */
  errorMs: 30_000,
}

export function isFinal(delivery: Pick<WebhookDelivery, 'status'>): boolean {
  return delivery.status === 'delivered' || delivery.status === 'failed'
}

/** Milliseconds until the next look (`looks` made so far), or `false` to stop following. */
export function nextPollDelay(
  delivery: DeliveryState | undefined,
  now: number,
  error?: unknown,
  looks = 0,
): number | false {
  if (error instanceof ApiError && error.status === 429) {
    return Math.max((error.retryAfter ?? 60) * 1000, followTiming.minMs)
  }
  if (error instanceof ApiError && error.status === 404) return false
  if (error) return followTiming.errorMs
  if (!delivery) return followTiming.minMs
  if (isFinal(delivery)) return false
  // Just sent (or just opened) and never tried: Lucca tries a new delivery at once, whatever
  // `nextAttemptAt` says (a hint, contract §12 R1), so the first look comes soon.
  if (delivery.attemptsCount === 0 && looks <= 1) return followTiming.firstLookMs
  const due = delivery.nextAttemptAt ? Date.parse(delivery.nextAttemptAt) : Number.NaN
  if (Number.isNaN(due)) return Math.min(followTiming.minMs * 2 ** looks, followTiming.heldMs)
  const untilDue = due - now
  if (untilDue > 0) {
    const cap = delivery.attemptsCount === 0 ? followTiming.firstAttemptMaxMs : followTiming.maxWaitMs
    return Math.min(untilDue + followTiming.marginMs, cap)
  }
  // Due already: the attempt is queued or under way. Waiting as long as it has been overdue doubles the gap.
  return Math.min(Math.max(-untilDue, followTiming.minMs), followTiming.maxOverdueMs)
}
