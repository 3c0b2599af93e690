import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { consoleCall } from '../../../lib/console-client'

/**
 * Whether this console has a local outbox (the embedded default: 404 otherwise), for its tab beside the
 * alerts. Asked once a session.
 */
const probeQuery = queryOptions({
  queryKey: ['alerts', 'local-outbox', 'exists'],
  queryFn: () =>
    consoleCall('GET', '/api/alerts/local-outbox', z.unknown()).then(
      () => true,
      () => false,
    ),
  staleTime: Infinity,
})

export function useHasLocalOutbox(): boolean {
  return useQuery(probeQuery).data ?? false
}
