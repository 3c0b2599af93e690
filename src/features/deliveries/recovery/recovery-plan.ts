import type { LuccaEvent, WebhookDelivery } from '../../../lib/lucca-client'

export interface RecoveryWindow {
  /** ms since epoch, inclusive / exclusive, compared with the event's `occurredAt`. */
  from: number
  to: number
  /** Empty: every topic. */
  topics: string[]
}

export interface RecoveryCandidate {
  eventId: string
  topic: string
  occurredAt: string
  /** `failed`: Lucca gave up; `held`: kept while the endpoint was suspended. */
  reason: 'failed' | 'held'
}

/** What the plan reads of a delivery: Lucca's (the scan) or the console's history's (the deliveries page). */
interface Row {
  delivery: Pick<WebhookDelivery, 'status' | 'nextAttemptAt' | 'attemptsCount'> & {
    webhookEndpoint: { id: string }
    event: { id: string }
  }
  event: Pick<LuccaEvent, 'topic' | 'occurredAt'> | null
}

/**
 * The events of one endpoint worth sending again. An event counts once however many deliveries it had,
 * and not at all if one of them was delivered or is still being retried by Lucca (that would duplicate it).
 */
export function planRecovery(rows: Row[], endpointId: string, window: RecoveryWindow): RecoveryCandidate[] {
  const byEvent = new Map<string, Row[]>()
  for (const row of rows) {
    if (row.delivery.webhookEndpoint.id !== endpointId) continue
    const list = byEvent.get(row.delivery.event.id) ?? []
    list.push(row)
    byEvent.set(row.delivery.event.id, list)
  }
  const candidates: RecoveryCandidate[] = []
  for (const [eventId, list] of byEvent) {
    const event = list.find((row) => row.event)?.event
    if (!event) continue // without its time and topic we cannot say it is in the window
    const at = Date.parse(event.occurredAt)
    if (!(at >= window.from && at < window.to)) continue
    if (window.topics.length > 0 && !window.topics.includes(event.topic)) continue
    const statuses = list.map(({ delivery }) => delivery)
    // Lucca still has it in hand: delivered, a next attempt planned, or never tried yet (whatever
    // nextAttemptAt says: the contract does not say when it is empty).
    const inHand = (d: (typeof statuses)[number]) =>
      d.status === 'delivered' || (d.status === 'undelivered' && (d.nextAttemptAt || d.attemptsCount === 0))
    if (statuses.some(inHand)) continue
    const held = statuses.some((d) => d.status === 'undelivered')
    candidates.push({
      eventId,
      topic: event.topic,
      occurredAt: event.occurredAt,
      reason: held ? 'held' : 'failed',
    })
  }
  return candidates.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
}
