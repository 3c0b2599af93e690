import { infiniteQueryOptions } from '@tanstack/react-query'
import { auditApi, type AuditFilters } from './audit-client'

export const auditQueries = {
  all: () => ['audit'] as const,
  lists: () => [...auditQueries.all(), 'list'] as const,
  /** Newest first; older pages follow `nextBefore` with the same filters. */
  list: (filters: AuditFilters) =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.lists(), filters],
      queryFn: ({ pageParam }) => auditApi.list(filters, pageParam),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextBefore,
    }),
}
