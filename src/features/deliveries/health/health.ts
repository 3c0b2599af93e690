import type { RecentDeliveries } from '../deliveries-api'

export interface EndpointHealth {
  /** Deliveries that reached an outcome or failed at least once, in the recent window. */
  considered: number
  delivered: number
  /** Share of `considered` that was delivered, 0–1; null when nothing happened recently. */
  successRate: number | null
  /** When the event of the latest failing delivery occurred, if known. */
  lastFailureAt: string | null
  hasFailure: boolean
}

/**
 * Health of one endpoint from the account's latest deliveries page. Lucca documents no deliveries
 * filter, so the page is shared by every row and filtered here. Deliveries not yet attempted say
 * nothing about the receiver and are left out.
 */
export function healthOf(recent: RecentDeliveries, endpointId: string): EndpointHealth {
  const mine = recent.items.filter((delivery) => delivery.webhookEndpoint.id === endpointId)
  const considered = mine.filter(
    (delivery) => delivery.status !== 'undelivered' || delivery.attemptsCount > 0,
  )
  const delivered = considered.filter((delivery) => delivery.status === 'delivered').length
  const failures = considered.filter((delivery) => delivery.status !== 'delivered')
  const failureTimes = failures
    .map((delivery) => recent.events[delivery.event.id]?.occurredAt)
    .filter((time): time is string => typeof time === 'string')
    .sort()
  return {
    considered: considered.length,
    delivered,
    successRate: considered.length === 0 ? null : delivered / considered.length,
    lastFailureAt: failureTimes.at(-1) ?? null,
    hasFailure: failures.length > 0,
  }
}
