import { queryOptions } from '@tanstack/react-query'
import { cursorOf, lucca, unwrap, type LuccaEvent, type WebhookDelivery } from '../../lib/lucca-client'
import type { DeliveryAttempt } from './diagnosis'
import { matchesFilters, type HistoryFilters } from './history-filters'

export interface DeliveryWithEvent {
  delivery: WebhookDelivery
  event: LuccaEvent | null
}
/** Attempts of one delivery, plus the delivery itself when Lucca embedded it (it does on the emulator). */
export interface AttemptsView {
  attempts: DeliveryAttempt[]
  delivery: WebhookDelivery | null
  event: LuccaEvent | null
}
export interface HistoryRow {
  delivery: WebhookDelivery
  event: LuccaEvent | null
}
export interface HistoryPage {
  rows: HistoryRow[]
  next: string | null
  prev: string | null
}

const historyPageSize = 25

async function fetchDelivery(id: string, signal: AbortSignal): Promise<DeliveryWithEvent> {
  const { data } = await unwrap(
    lucca.GET('/lucca-api/webhook-deliveries/{id}', {
      params: { path: { id }, query: { include: ['embedded'] } },
      signal,
    }),
  )
  const embedded = data.embedded?.event?.[data.event.id]
  return { delivery: data, event: embedded ?? (await fetchEvent(data.event.id, signal)) }
}

/**
 * Lucca may embed only part of what was asked for, or nothing (README §3.3): then the event is read on its
 * own. Past its retention it is gone; any failure leaves the payload out rather than the whole delivery.
 */
async function fetchEvent(id: string, signal: AbortSignal): Promise<LuccaEvent | null> {
  try {
    return (await unwrap(lucca.GET('/lucca-api/events/{id}', { params: { path: { id } }, signal }))).data
  } catch {
    return null
  }
}

async function fetchAttempts(deliveryId: string, signal: AbortSignal): Promise<AttemptsView> {
  const { data } = await unwrap(
    lucca.GET('/lucca-api/webhook-delivery-attempts', {
      params: {
        query: { 'webhookDelivery.id': [deliveryId], include: ['embedded'], limit: 100, sort: 'id' },
      },
      signal,
    }),
  )
  const attempts = data.items.filter((attempt) => attempt.webhookDelivery.id === deliveryId)
  const delivery = data.embedded?.['webhook-delivery']?.[deliveryId] ?? null
  const event = delivery ? (data.embedded?.event?.[delivery.event.id] ?? null) : null
  if (attempts.length > 0 && !delivery) {
    // Without the embedded delivery its status could lag behind the attempts: read it too (one more call).
    const detail = await fetchDelivery(deliveryId, signal)
    return { attempts, ...detail }
  }
  return { attempts, delivery, event }
}

export const deliveryQueries = {
  all: () => ['delivery-debug'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...deliveryQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchDelivery(id, signal),
    }),
  attempts: (id: string) =>
    queryOptions({
      queryKey: [...deliveryQueries.all(), 'attempts', id],
      queryFn: ({ signal }) => fetchAttempts(id, signal),
    }),
  histories: () => [...deliveryQueries.all(), 'history'] as const,
  history: (endpointId: string, filters: HistoryFilters) =>
    queryOptions({
      queryKey: [...deliveryQueries.histories(), endpointId, filters],
      queryFn: async ({ signal }): Promise<HistoryPage> => {
        const { data } = await unwrap(
          lucca.GET('/lucca-api/webhook-deliveries', {
            params: {
              query: {
                // Both filters are emulator-only: Lucca may ignore them, so rows are filtered again below.
                'webhookEndpoint.id': [endpointId],
                ...(filters.status ? { status: [filters.status] } : {}),
                include: ['embedded', 'links'],
                limit: historyPageSize,
                sort: '-id',
                ...(filters.page ? { page: filters.page } : {}),
              },
            },
            signal,
          }),
        )
        // The operation may also answer a CloudEvents batch (a bare array), which we never ask for.
        if (Array.isArray(data)) throw new TypeError('Lucca answered a CloudEvents batch to a JSON request')
        const rows = data.items
          .map((delivery) => ({ delivery, event: data.embedded?.event?.[delivery.event.id] ?? null }))
          .filter((row) => matchesFilters(row, endpointId, filters))
        return { rows, next: cursorOf(data.links?.next), prev: cursorOf(data.links?.prev) }
      },
    }),
}
