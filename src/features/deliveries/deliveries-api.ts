import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { isApiError } from '../../lib/api-error'
import { lucca, unwrap, type LuccaEvent, type WebhookDelivery } from '../../lib/lucca-client'

export function isFinal(delivery: WebhookDelivery) {
  return delivery.status === 'delivered' || delivery.status === 'failed'
}

/**
 * Polls a delivery while something is about to happen: a first look 0.6 s after sending (Lucca tries a new
 * delivery at once and a healthy receiver answers in a few hundred ms), every second until the first
 * attempt, then only while a retry is due within a minute. Longer waits are not polled (the account's budget is 50
 * requests a minute); the admin can refresh by hand.
 */
export function pollInterval(
  delivery: WebhookDelivery | undefined,
  polls: number,
  now = Date.now(),
): number | false {
  if (!delivery) return 1000
  if (isFinal(delivery) || polls > 90) return false
  if (delivery.attemptsCount === 0) return polls <= 1 ? 600 : 1000
  if (!delivery.nextAttemptAt) return false
  return Date.parse(delivery.nextAttemptAt) - now < 60_000 ? 3000 : false
}

export interface RecentDeliveries {
  items: WebhookDelivery[]
  events: Record<string, LuccaEvent>
}

async function listRecent(signal: AbortSignal, sorted: boolean) {
  return unwrap(
    lucca.GET('/lucca-api/webhook-deliveries', {
      params: { query: { include: ['embedded'], limit: 100, ...(sorted ? { sort: '-id' } : {}) } },
      signal,
    }),
  )
}

export const deliveryQueries = {
  all: () => ['deliveries'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...deliveryQueries.all(), 'detail', id],
      queryFn: async ({ signal }) =>
        (await unwrap(lucca.GET('/lucca-api/webhook-deliveries/{id}', { params: { path: { id } }, signal })))
          .data,
      staleTime: 0,
    }),
  /** The attempts of one delivery, to say what the receiver answered. */
  attempts: (deliveryId: string) =>
    queryOptions({
      queryKey: [...deliveryQueries.all(), 'attempts', deliveryId],
      queryFn: async ({ signal }) => {
        const { data } = await unwrap(
          lucca.GET('/lucca-api/webhook-delivery-attempts', {
            params: { query: { 'webhookDelivery.id': [deliveryId], limit: 100 } },
            signal,
          }),
        )
        // The filter is how Lucca's own `links.attempts` is built; filtering again costs nothing.
        return data.items.filter((attempt) => attempt.webhookDelivery.id === deliveryId)
      },
    }),
  /** One page of the account's latest deliveries: the whole list page's health comes from this one call. */
  recent: () =>
    queryOptions({
      queryKey: [...deliveryQueries.all(), 'recent'],
      queryFn: async ({ signal }): Promise<RecentDeliveries> => {
        // `sort` is not in Lucca's documented contract: if an account refuses it, take the default order.
        const { data } = await listRecent(signal, true).catch((error: unknown) => {
          if (isApiError(error, 400)) return listRecent(signal, false)
          throw error
        })
        // The operation can also answer a CloudEvents batch (a bare array); we never ask for it.
        if (Array.isArray(data) || !('items' in data)) return { items: [], events: {} }
        return { items: data.items, events: data.embedded?.event ?? {} }
      },
    }),
}

export function useSendTest() {
  const queryClient = useQueryClient()
  return useMutation({
    // Lucca answers 201 (2024-11-01 file) or 202 (newer pages); both carry the delivery.
    mutationFn: async (endpointId: string) =>
      (
        await unwrap(
          lucca.POST('/lucca-api/webhook-deliveries', { body: { webhookEndpoint: { id: endpointId } } }),
        )
      ).data,
    onSuccess: (delivery) => {
      queryClient.setQueryData(deliveryQueries.detail(delivery.id).queryKey, delivery)
      return queryClient.invalidateQueries({ queryKey: deliveryQueries.recent().queryKey })
    },
  })
}
