import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'
import type { EndpointOverview } from '../../../../contract/console-history-api'
import { consoleCall } from '../../../lib/console-client'
import { endpointQueries } from '../endpoints-api'

export type { EndpointOverview } from '../../../../contract/console-history-api'

// The summary as the history gives it, with Lucca's attempt as the collector stored it: like the other
// Lucca shapes the SPA reads, not parsed beyond the parts the page relies on.
const EndpointOverviewSchema = z.custom<EndpointOverview>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { endpoint?: { health?: { state?: unknown } } }).endpoint?.health?.state === 'string',
)

export const endpointOverviewQueries = {
  /** Read from the history, so under `lists()`: its stream marks it for reading again on every change. */
  overview: (endpointId: string) =>
    queryOptions({
      queryKey: [...endpointQueries.lists(), 'overview', endpointId],
      queryFn: () =>
        consoleCall(
          'GET',
          `/api/history/endpoints/${encodeURIComponent(endpointId)}`,
          EndpointOverviewSchema,
        ),
    }),
}
