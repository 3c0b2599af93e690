import { infiniteQueryOptions } from '@tanstack/react-query'
import { AuditPageSchema } from '../../../contract/console-audit-api'
import { consoleCall } from '../../lib/console-client'

export type { AuditEntry } from '../../../contract/console-audit-api'

export const auditQueries = {
  all: () => ['audit'] as const,
  list: () =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.all(), 'list'],
      queryFn: ({ pageParam }) =>
        consoleCall(
          'GET',
          `/api/audit?limit=50${pageParam ? `&before=${encodeURIComponent(pageParam)}` : ''}`,
          AuditPageSchema,
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextBefore,
    }),
}
