import { queryOptions } from '@tanstack/react-query'
import { ConnectionCheckSchema } from '../../../contract/console-connection-api'
import { consoleCall } from '../../lib/console-client'

export const connectionQueries = {
  check: (accountId: string) =>
    queryOptions({
      queryKey: ['connection', accountId],
      queryFn: () =>
        consoleCall(
          'GET',
          `/api/accounts/${encodeURIComponent(accountId)}/connection-check`,
          ConnectionCheckSchema,
        ),
      // Each check spends Lucca's budget: only when asked, never on focus or in the background.
      staleTime: Infinity,
      retry: false,
    }),
}
