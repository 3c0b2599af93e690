import type { LuccaEvent, WebhookDelivery } from '../../../lib/lucca-client'

export const deliveryStatuses = ['delivered', 'undelivered', 'failed'] as const
type DeliveryStatus = (typeof deliveryStatuses)[number]

/** The history's filters live in the URL so a filtered view can be bookmarked, shared and found again. */
export interface HistoryFilters {
  status: DeliveryStatus | null
  /** Calendar days (YYYY-MM-DD, the admin's time zone), inclusive, applied to the event's `occurredAt`. */
  from: string | null
  to: string | null
  page: string | null
}

const day = /^\d{4}-\d{2}-\d{2}$/

export function readFilters(params: URLSearchParams): HistoryFilters {
  const status = deliveryStatuses.find((value) => value === params.get('status')) ?? null
  const dayOf = (key: string) => {
    const value = params.get(key)
    return value && day.test(value) ? value : null
  }
  return { status, from: dayOf('from'), to: dayOf('to'), page: params.get('page') || null }
}

/** Changing a filter returns to the first page: a cursor is only valid for the filters it was made with. */
export function writeFilters(filters: HistoryFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of ['status', 'from', 'to', 'page'] as const) {
    const value = filters[key]
    if (value) params.set(key, value)
  }
  return params
}

function localDayStart(value: string, plusDays = 0): number {
  const date = new Date(`${value}T00:00:00`)
  date.setDate(date.getDate() + plusDays) // not + 24 h: days around a DST change are 23 or 25 h long
  return date.getTime()
}

export function matchesFilters(
  row: { delivery: WebhookDelivery; event: LuccaEvent | null },
  endpointId: string,
  filters: HistoryFilters,
): boolean {
  if (row.delivery.webhookEndpoint.id !== endpointId) return false
  if (filters.status && row.delivery.status !== filters.status) return false
  if (!filters.from && !filters.to) return true
  // Deliveries carry no date of their own; the event's time is the closest one Lucca gives.
  const at = row.event ? Date.parse(row.event.occurredAt) : Number.NaN
  if (Number.isNaN(at)) return false
  if (filters.from && at < localDayStart(filters.from)) return false
  if (filters.to && at >= localDayStart(filters.to, 1)) return false
  return true
}
