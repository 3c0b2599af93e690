import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { notifications } from '@mantine/notifications'
import { endSession, isSessionGone, sessionQueries } from '../features/session/session-api'
import { ApiError } from '../lib/api-error'
import { i18n } from './i18n'

/**
 * How long a query whose load failed for a passing reason (Lucca down or slow, its rate limit, the console's
 * own pacing) waits before it tries again by itself, so the admin never has to press Retry. Lucca's
 * `Retry-After` wins when it gave one. Nothing for answers that will not change by waiting (400, 401, 403, 404).
 */
function healingDelay(error: unknown): number | false {
  if (!(error instanceof ApiError)) return 10_000 // the network itself: the console could not be reached
  const passing = error.status === 408 || error.status === 429 || error.status >= 500
  if (!passing) return false
  return Math.max(2_000, (error.retryAfter ?? 10) * 1000)
}

export function createQueryClient() {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // Any request can be the first to find the session gone: the shell then asks to sign in again.
        if (isSessionGone(error)) {
          if (query.queryKey[0] !== sessionQueries.all()[0]) void endSession(queryClient, 'expired')
          return
        }
        // First-load failures render in place; only failed background refreshes need a toast.
        if (query.state.data === undefined) return
        notifications.show({ color: 'red', title: i18n.t('errors.refreshFailed'), message: error.message })
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isSessionGone(error, mutation.options.mutationKey)) void endSession(queryClient, 'expired')
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // The whole Lucca account shares 50 requests a minute: no refetch storms on focus.
        refetchOnWindowFocus: false,
        // The proxy already retries Lucca reads that failed on the way, and answers a timeout only after
        // Lucca's own time is up: trying again here would multiply the admin's wait before any message. Only
        // a console that could not be reached at all is tried again at once.
        retry: (count, error) => count < 2 && !(error instanceof ApiError),
        refetchInterval: (query) =>
          query.state.status === 'error' ? healingDelay(query.state.error) : false,
      },
    },
  })
  return queryClient
}
