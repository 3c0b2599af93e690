import { useMutation, useQueryClient } from '@tanstack/react-query'
import { lucca, unwrap, type WebhookDelivery } from '../../lib/lucca-client'
import { deliveryQueries, type AttemptsView, type DeliveryWithEvent } from './deliveries-api'
import { rememberDelivery } from './recent-deliveries'

async function createDelivery(body: { webhookEndpoint: { id: string }; event?: { id: string } }) {
  // Lucca answers 201 (2024-11-01 file) or 202 (newer page); unwrap accepts any 2xx.
  const { data } = await unwrap(lucca.POST('/lucca-api/webhook-deliveries', { body }))
  return data
}

/** Seeds the caches with what the POST answered, so opening the delivery costs no extra call. */
function useSeedFollow() {
  const queryClient = useQueryClient()
  return (delivery: WebhookDelivery, kind: 'test' | 'redelivery') => {
    queryClient.setQueryData<DeliveryWithEvent>(deliveryQueries.detail(delivery.id).queryKey, {
      delivery,
      event: null,
    })
    queryClient.setQueryData<AttemptsView>(deliveryQueries.attempts(delivery.id).queryKey, {
      attempts: [],
      delivery: null,
      event: null,
    })
    rememberDelivery({
      deliveryId: delivery.id,
      endpointId: delivery.webhookEndpoint.id,
      kind,
      sentAt: new Date().toISOString(),
    })
    return queryClient.invalidateQueries({ queryKey: deliveryQueries.histories() })
  }
}

export function useSendTestDelivery() {
  const seed = useSeedFollow()
  return useMutation({
    mutationFn: (endpointId: string) => createDelivery({ webhookEndpoint: { id: endpointId } }),
    onSuccess: (delivery) => seed(delivery, 'test'),
  })
}

/** Sends an existing event again to an endpoint: Lucca makes a new delivery, the old one is untouched. */
export function useRedeliver() {
  const seed = useSeedFollow()
  return useMutation({
    mutationFn: ({ endpointId, eventId }: { endpointId: string; eventId: string }) =>
      createDelivery({ webhookEndpoint: { id: endpointId }, event: { id: eventId } }),
    onSuccess: (delivery) => seed(delivery, 'redelivery'),
  })
}
