import { queryOptions, type QueryClient } from '@tanstack/react-query'
import {
  addressOf,
  lucca,
  unwrap,
  type LuccaEvent,
  type WebhookDelivery,
  type WebhookDeliveryAttempt,
} from '../../lib/lucca-client'

/** A delivery and its event, as the outage recovery reads them from Lucca. */
export interface HistoryRow {
  delivery: WebhookDelivery
  event: LuccaEvent | null
}
type Reference = { id: string; url?: string | undefined }

/**
 * One cache entry per Lucca resource, whichever answer brought it: a delivery, its attempts, its event.
 * What one answer embeds is stored where the others would look, so it is never read twice.
 */
export const deliveryQueries = {
  all: () => ['deliveries'] as const,
  /** Everything that lists deliveries, from the console's history: the log, each endpoint's. */
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
        const current = data.embedded?.['webhook-delivery']?.[delivery.id]
        if (current) {
          client.setQueryData(detailKey, current)
          rememberEvent(client, data.embedded?.event?.[current.event.id])
        } else if (seen !== undefined && seen !== attempts.length) {
          // Not embedded, and an attempt came since the last look: the delivery's status may have moved.
          await client.refetchQueries({ queryKey: detailKey, exact: true })
        }
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
  /** The history's copies of deliveries (follow/recorded-delivery.ts), by Lucca's id. */
  recordings: () => [...deliveryQueries.all(), 'recorded'] as const,
  recordingsOf: (id: string) => [...deliveryQueries.recordings(), id] as const,
}

function rememberEvent(client: QueryClient, event: LuccaEvent | null | undefined) {
  if (event) client.setQueryData(deliveryQueries.event(event).queryKey, event)
}
