import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { isApiError } from '../../lib/api-error'
import {
  addressOf,
  cursorOf,
  lucca,
  unwrap,
  type LuccaEvent,
  type WebhookDelivery,
  type WebhookDeliveryAttempt,
} from '../../lib/lucca-client'
import { isFinal } from './follow/follow-schedule'
import { matchesFilters, type HistoryFilters } from './history/history-filters'

export interface HistoryRow {
  delivery: WebhookDelivery
  event: LuccaEvent | null
}
export interface HistoryPage {
  rows: HistoryRow[]
  next: string | null
  prev: string | null
}
export interface RecentDeliveries {
  items: WebhookDelivery[]
  events: Record<string, LuccaEvent>
}
type Reference = { id: string; url?: string | undefined }

const historyPageSize = 25

/**
 * One cache entry per Lucca resource, whichever answer brought it: a delivery, its attempts, its event.
 * What one answer embeds is stored where the others would look, so it is never read twice.
 */
export const deliveryQueries = {
  all: () => ['deliveries'] as const,
  /** Everything that lists deliveries: the endpoint list's health and each history. */
  lists: () => [...deliveryQueries.all(), 'list'] as const,
  detail: (ref: Reference) =>
    queryOptions({
      queryKey: [...deliveryQueries.all(), 'detail', addressOf(ref)],
      queryFn: async ({ signal, client }) => {
        const { data } = await unwrap(
          lucca.GET('/lucca-api/webhook-deliveries/{id}', {
            params: { path: { id: addressOf(ref) }, query: { include: ['embedded'] } },
            signal,
          }),
        )
        rememberEvent(client, data.embedded?.event?.[data.event.id])
        return data
      },
    }),
  /** The attempts of one delivery; Lucca may embed the delivery and its event in the same answer. */
  attempts: (delivery: Reference) =>
    queryOptions({
      queryKey: [...deliveryQueries.all(), 'attempts', delivery.id, addressOf(delivery)],
      queryFn: async ({ signal, client, queryKey }): Promise<WebhookDeliveryAttempt[]> => {
        const { data } = await unwrap(
          lucca.GET('/lucca-api/webhook-delivery-attempts', {
            params: { query: { 'webhookDelivery.id': [delivery.id], include: ['embedded'], limit: 100 } },
            signal,
          }),
        )
        // The filter is how Lucca's own `links.attempts` is built; filtering again costs nothing.
        const attempts = data.items.filter((attempt) => attempt.webhookDelivery.id === delivery.id)
        const seen = client.getQueryData<WebhookDeliveryAttempt[]>(queryKey)?.length
        const detailKey = deliveryQueries.detail(delivery).queryKey
        const before = client.getQueryData(detailKey)
        const current = data.embedded?.['webhook-delivery']?.[delivery.id]
        if (current) {
          client.setQueryData(detailKey, current)
          rememberEvent(client, data.embedded?.event?.[current.event.id])
        } else if (seen !== undefined && seen !== attempts.length) {
          // Not embedded, and an attempt came since the last look: the delivery's status may have moved.
          await client.refetchQueries({ queryKey: detailKey, exact: true })
        }
        // Once it is settled, every list showing deliveries (the endpoint list's health) is read again.
        const after = client.getQueryData(detailKey)
        if (before && after && !isFinal(before) && isFinal(after))
          void client.invalidateQueries({ queryKey: deliveryQueries.lists() })
        return attempts
      },
    }),
  /**
   * An event never changes. Past Lucca's retention it is gone: any failure leaves the payload out (null)
   * rather than the whole delivery.
   */
  event: (ref: Reference) =>
    queryOptions({
      queryKey: [...deliveryQueries.all(), 'event', ref.id, addressOf(ref)],
      queryFn: async ({ signal }): Promise<LuccaEvent | null> => {
        const path = { id: addressOf(ref) }
        return unwrap(lucca.GET('/lucca-api/events/{id}', { params: { path }, signal })).then(
          ({ data }) => data,
          () => null,
        )
      },
      staleTime: Infinity,
    }),
  /** One page of the account's latest deliveries: the whole list page's health comes from this one call. */
  recent: () =>
    queryOptions({
      queryKey: [...deliveryQueries.lists(), 'recent'],
      queryFn: async ({ signal }): Promise<RecentDeliveries> => {
        const { data } = await unwrap(
          lucca.GET('/lucca-api/webhook-deliveries', {
            params: { query: { include: ['embedded'], limit: 100, sort: '-id' } },
            signal,
          }),
        ).catch(async (error: unknown) => {
          // `sort` is not in Lucca's documented contract: if an account refuses it, take the default order.
          if (!isApiError(error, 400)) throw error
          return unwrap(
            lucca.GET('/lucca-api/webhook-deliveries', {
              params: { query: { include: ['embedded'], limit: 100 } },
              signal,
            }),
          )
        })
        // The operation can also answer a CloudEvents batch (a bare array); we never ask for it.
        if (Array.isArray(data) || !('items' in data)) return { items: [], events: {} }
        return { items: data.items, events: data.embedded?.event ?? {} }
      },
    }),
  histories: () => [...deliveryQueries.lists(), 'history'] as const,
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

function rememberEvent(client: QueryClient, event: LuccaEvent | null | undefined) {
  if (event) client.setQueryData(deliveryQueries.event(event).queryKey, event)
}
