import { queryOptions } from '@tanstack/react-query'
import { healthApi, type StatsRange } from './health-client'

export const healthQueries = {
  all: () => ['health'] as const,
  stats: (range: StatsRange, endpoint: string | undefined) =>
    queryOptions({
      queryKey: [...healthQueries.all(), 'stats', range, endpoint ?? null],
      queryFn: () => healthApi.stats(range, endpoint),
    }),
}
