import { useMutation, useQueryClient } from '@tanstack/react-query'
import { lucca, unwrap, type WebhookDelivery } from '../../lib/lucca-client'
import { deliveryQueries } from './deliveries-api'

interface DeliveryRequest {
  webhookEndpoint: { id: string }
  /** An existing event to send again; without it, Lucca sends a test event. */
  event?: { id: string }
}

/** Asks Lucca for a delivery. It answers 201 (2024-11-01 file) or 202 (newer page), the delivery either way. */
async function requestDelivery(body: DeliveryRequest, signal?: AbortSignal): Promise<WebhookDelivery> {
  const { data } = await unwrap(
    lucca.POST('/lucca-api/webhook-deliveries', { body, ...(signal ? { signal } : {}) }),
  )
  return data
}

/**
 * What the answer already says goes in the cache, so following the delivery starts without a read; an empty
 * attempts list only when Lucca says none was made. Then the delivery logs are read again.
 */
function useAfterSend() {
  const queryClient = useQueryClient()
  return (delivery: WebhookDelivery) => {
    queryClient.setQueryData(deliveryQueries.detail(delivery).queryKey, delivery)
    if (delivery.attemptsCount === 0)
      queryClient.setQueryData(deliveryQueries.attempts(delivery).queryKey, [])
    return queryClient.invalidateQueries({ queryKey: deliveryQueries.lists() })
  }
}

export function useSendTest() {
  const afterSend = useAfterSend()
  return useMutation({
    mutationFn: (endpointId: string) => requestDelivery({ webhookEndpoint: { id: endpointId } }),
    onSuccess: afterSend,
  })
}

/** Sends an existing event again to an endpoint: Lucca makes a new delivery, the old one is untouched. */
export function useRedeliver() {
  const afterSend = useAfterSend()
  return useMutation({
    mutationFn: ({ endpointId, eventId }: { endpointId: string; eventId: string }) =>
      requestDelivery({ webhookEndpoint: { id: endpointId }, event: { id: eventId } }),
    onSuccess: afterSend,
  })
}
