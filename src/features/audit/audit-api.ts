import { infiniteQueryOptions } from '@tanstack/react-query'
import { consoleApi } from '../../lib/console-client'

export const auditQueries = {
  all: () => ['audit'] as const,
  list: () =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.all(), 'list'],
      queryFn: ({ pageParam }) => consoleApi.audit(pageParam),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextBefore,
    }),
}
