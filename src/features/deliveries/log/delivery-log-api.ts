import { queryOptions } from '@tanstack/react-query'
import { deliveryQueries } from '../deliveries-api'
import { deliveryLogApi, type DeliveriesFilters } from './delivery-log-client'

export const deliveryLogQueries = {
  /** One page of the log: the newest first, or the one before `cursor` ("Older"). */
  page: (filters: DeliveriesFilters, cursor: string | null = null, limit = 50) =>
    queryOptions({
      queryKey: [...deliveryQueries.lists(), 'log', filters, cursor, limit],
      queryFn: () => deliveryLogApi.page(filters, cursor, limit),
    }),
}
