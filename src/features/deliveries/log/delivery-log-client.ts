import { DeliveriesPageSchema, type DeliveriesFilters } from '../../../../contract/console-history-api'
import { consoleCall } from '../../../lib/console-client'
import { searchOf } from '../../../lib/search-params'

export type { DeliveriesFilters, DeliveryRow } from '../../../../contract/console-history-api'

/** The account's delivery log (`/api/history/deliveries`), from the console's history: newest first. */
export const deliveryLogApi = {
  page: (filters: DeliveriesFilters, cursor: string | null, limit = 50) =>
    consoleCall(
      'GET',
      `/api/history/deliveries?${searchOf({ ...filters, limit, cursor })}`,
      DeliveriesPageSchema,
    ),
  /** The same filters as a file, for a plain download link (the browser fetches it, with the session). */
  exportHref: (format: 'csv' | 'json', filters: DeliveriesFilters) =>
    `/api/history/deliveries.${format}?${searchOf(filters)}`,
}
