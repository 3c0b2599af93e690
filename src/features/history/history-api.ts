import { queryOptions } from '@tanstack/react-query'
import { historyApi, type HistoryStatus } from './history-client'

export const historyQueries = {
  all: () => ['history'] as const,
  /** Kept fresh by the stream's `status` messages (every 10 s); read by itself only while the stream is down. */
  status: () =>
    queryOptions({
      queryKey: [...historyQueries.all(), 'status'],
      queryFn: () => historyApi.status(),
    }),
}

/** True until the collector has read the whole account once: lists may still miss what Lucca holds. */
export function isFirstRead(collector: HistoryStatus['collector']): boolean {
  return collector.updatedAt === null && collector.state !== 'paused'
}
