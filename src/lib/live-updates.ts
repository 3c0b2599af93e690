import { queryOptions, useQuery } from '@tanstack/react-query'

/**
 * Whether this tab's stream of the history's changes is open (app/live-updates.tsx writes it). `connecting`
 * until the first open, `down` once it has failed or stayed closed for a few seconds. It lives in React
 * Query's cache, the one client state: every screen reads it, none keeps a copy.
 */
export type StreamState = 'connecting' | 'live' | 'down'

/** Never fetched: only ever set by the stream. */
const streamStateQuery = queryOptions<StreamState>({
  queryKey: ['live-updates'],
  queryFn: () => 'connecting',
  initialData: 'connecting',
  staleTime: Infinity,
  gcTime: Infinity,
})
export const streamStateKey = streamStateQuery.queryKey

/** How often what the stream keeps fresh is read again while the stream is down. */
export const fallbackRefreshMs = 30_000

export function useStreamState(): StreamState {
  return useQuery(streamStateQuery).data
}

/**
 * The `refetchInterval` of a query the stream keeps fresh: none while it is live (or about to be), every
 * 30 s once it is down, as the console polled before it had a stream.
 */
export function useFallbackRefresh(): number | false {
  return useStreamState() === 'down' ? fallbackRefreshMs : false
}
