import { queryOptions, useQuery } from '@tanstack/react-query'
import type { WebhookDelivery } from '../../../lib/lucca-client'
import { deliveryQueries } from '../deliveries-api'
import { followApi } from './follow-client'

/** The server forgets a follow it has not heard of for a while: the tab renews it this often. */
const followRenewMs = 60_000

/**
 * The request that the server follow a delivery (`POST /api/history/follows`): it then reads it from Lucca
 * once for every tab, and says on the stream when it changed. An idempotent lease, kept as a query so that
 * the parts of a page following the same delivery share it, renewed every minute while the page is open,
 * hidden or not. Once the server has it, the history's copy is looked for again.
 */
const followQuery = ({ id, url }: Pick<WebhookDelivery, 'id' | 'url'>) =>
  queryOptions({
    queryKey: [...deliveryQueries.all(), 'follow', id, url],
    queryFn: async ({ client }) => {
      await followApi.follow({ id, url })
      void client.refetchQueries({
        queryKey: deliveryQueries.recordingsOf(id),
        predicate: (query) => query.state.status === 'error',
      })
      return Date.now()
    },
    staleTime: followRenewMs,
    refetchInterval: followRenewMs,
    refetchIntervalInBackground: true,
    retry: false,
  })

/** Follows `delivery` at the server while `active`. */
export function useFollow(delivery: Pick<WebhookDelivery, 'id' | 'url'> | undefined, active: boolean) {
  useQuery({ ...followQuery(delivery ?? { id: '', url: '' }), enabled: active && delivery !== undefined })
}
