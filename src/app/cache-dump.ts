import type { QueryClient } from '@tanstack/react-query'

declare global {
  interface Window {
    /** Serialises what React Query holds, so e2e tests can prove a secret never entered it. */
    __consoleCacheDump?: () => string
  }
}

// Everything in the cache is already visible to whoever uses this browser tab; exposing a read-only
// dump adds no access, and lets tests check what the cache holds without devtools.
export function exposeCacheDump(queryClient: QueryClient) {
  window.__consoleCacheDump = () =>
    JSON.stringify({
      queries: queryClient
        .getQueryCache()
        .getAll()
        .map((query) => ({ key: query.queryKey, state: query.state })),
      mutations: queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
    })
  return queryClient
}
