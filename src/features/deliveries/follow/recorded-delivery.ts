import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { ApiError } from '../../../lib/api-error'
import { addressOf } from '../../../lib/lucca-client'
import { deliveryQueries } from '../deliveries-api'
import { followApi, type DeliveryDetail } from './follow-client'
import { isFinal } from './follow-schedule'

/**
 * The delivery as the console's history holds it (by Lucca's id; `address` must be where its `url` leads).
 * What it brings goes where the live reads look, so a tab shows it without asking Lucca; a 404 (not
 * recorded yet) leaves the live reads to do it.
 */
export const recordedQuery = ({ id, address }: { id: string; address: string }) =>
  queryOptions({
    queryKey: [...deliveryQueries.recordingsOf(id), address],
    queryFn: async ({ client }): Promise<DeliveryDetail> => {
      const detail = await followApi.recorded(id)
      if (addressOf(detail.delivery) !== address) throw new ApiError(404, 'Not recorded at this address')
      remember(client, detail)
      return detail
    },
  })

/**
 * Whether the history's copy is whole: the collector may have read a delivery before its attempts (they are
 * two lists), and a tab then reads those at Lucca rather than show none.
 */
export function isWhole({ delivery, attempts }: DeliveryDetail): boolean {
  return attempts.length >= delivery.attemptsCount
}

/** The history may be a read behind this tab's own look at Lucca: what it says never moves a delivery back. */
function remember(client: QueryClient, detail: DeliveryDetail) {
  const { delivery, attempts, event } = detail
  const key = deliveryQueries.detail(delivery).queryKey
  const known = client.getQueryData(key)
  if (known && (known.attemptsCount > delivery.attemptsCount || (isFinal(known) && !isFinal(delivery))))
    return
  client.setQueryData(key, delivery)
  const attemptsKey = deliveryQueries.attempts(delivery).queryKey
  if (isWhole(detail)) {
    const inOrder = [...attempts].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    client.setQueryData(attemptsKey, inOrder)
  } else if ((client.getQueryData(attemptsKey)?.length ?? 0) < delivery.attemptsCount) {
    // Attempts this tab has not seen, which the history does not have yet either: read at Lucca.
    void client.invalidateQueries({ queryKey: attemptsKey, exact: true })
  }
  if (event) client.setQueryData(deliveryQueries.event(event).queryKey, event)
}
