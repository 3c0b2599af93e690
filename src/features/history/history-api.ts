import { queryOptions } from '@tanstack/react-query'
import { problemReasons } from '../../../contract/console-api'
import { ApiError } from '../../lib/api-error'
import { isConnectionError } from '../../lib/error-message'
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

/**
 * Why the collector cannot read the account, when the connection to Lucca is the cause, as the error a call
 * would have met (lib/error-message.ts words it and links to the connection check); null otherwise.
 */
export function connectionProblemOf(collector: HistoryStatus['collector']): ApiError | null {
  if (collector.state !== 'paused') return null
  const error =
    collector.reason === 'webhooks-not-enabled'
      ? new ApiError(403, 'Webhooks are not enabled for this account')
      : new ApiError(
          502,
          '',
          {},
          problemReasons.find((known) => known === collector.reason) ?? null,
          null,
          null,
          collector.cause,
        )
  return isConnectionError(error) ? error : null
}
