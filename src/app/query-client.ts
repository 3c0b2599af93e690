import { QueryCache, QueryClient } from '@tanstack/react-query'
import { notifications } from '@mantine/notifications'
import { ApiError } from '../lib/api-error'
import { i18n } from './i18n'

function isClientError(error: unknown) {
  return error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 408
}

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // First-load failures render in place; only failed background refreshes need a toast.
        if (query.state.data === undefined) return
        notifications.show({ color: 'red', title: i18n.t('errors.refreshFailed'), message: error.message })
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // The whole Lucca account shares 50 requests a minute: no refetch storms on focus.
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 2 && !isClientError(error),
      },
    },
  })
}
