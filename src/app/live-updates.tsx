import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { HistoryChange } from '../../contract/console-history-api'
import { deliveryQueries } from '../features/deliveries/deliveries-api'
import { endpointQueries, type EndpointDetail } from '../features/endpoints/endpoints-api'
import { historyQueries } from '../features/history/history-api'
import { openHistoryStream } from '../lib/history-stream'
import { streamStateKey } from '../lib/live-updates'

/** A burst (a catch-up, a retry wave) is gathered: read again once it pauses, or at least once a second. */
export const batchTiming = { quietMs: 300, maxWaitMs: 1_000 }

/**
 * The tab's one stream of the history's changes, mounted once by the signed-in shell. It renders nothing:
 * each change marks what it touches for reading again (only what a screen shows is read at once), each
 * status message replaces the freshness and meter data, and its state tells the screens whether to poll.
 */
export function LiveUpdates() {
  const queryClient = useQueryClient()
  useEffect(() => {
    const batch = batchOf((changes) => applyChanges(queryClient, changes))
    const close = openHistoryStream({
      onChange: batch.add,
      onStatus: (status) => queryClient.setQueryData(historyQueries.status().queryKey, status),
      onState: (state) => queryClient.setQueryData(streamStateKey, state),
      // Changes made before it opened (while the page loaded, or the stream was down) never come: what was
      // read from the history before is read again.
      onOpen: () => {
        void queryClient.invalidateQueries({ queryKey: endpointQueries.lists() })
        void queryClient.invalidateQueries({ queryKey: deliveryQueries.lists() })
        void queryClient.invalidateQueries({ queryKey: deliveryQueries.recordings() })
        void queryClient.invalidateQueries({ queryKey: historyQueries.status().queryKey })
      },
    })
    return () => {
      close()
      batch.cancel()
      queryClient.setQueryData(streamStateKey, 'connecting')
    }
  }, [queryClient])
  return null
}

/** Gathers changes until `quietMs` pass without one, or `maxWaitMs` after the first, then hands them over. */
export function batchOf(flush: (changes: HistoryChange[]) => void) {
  let pending: HistoryChange[] = []
  let quiet: ReturnType<typeof setTimeout> | undefined
  let deadline: ReturnType<typeof setTimeout> | undefined
  const run = () => {
    clearTimeout(quiet)
    clearTimeout(deadline)
    deadline = undefined
    const changes = pending
    pending = []
    if (changes.length > 0) flush(changes)
  }
  return {
    add: (change: HistoryChange) => {
      pending.push(change)
      clearTimeout(quiet)
      quiet = setTimeout(run, batchTiming.quietMs)
      deadline ??= setTimeout(run, batchTiming.maxWaitMs)
    },
    cancel: () => {
      clearTimeout(quiet)
      clearTimeout(deadline)
      pending = []
    },
  }
}

/**
 * What a batch of changes touches: every list read from the history (an attempt moves an endpoint's health
 * as well as the log), the history's copy of each delivery that changed, and an endpoint's page when its
 * status moved (read from Lucca, so only a page showing it, and only when what it shows is out of date).
 */
export function applyChanges(queryClient: QueryClient, changes: HistoryChange[]) {
  void queryClient.invalidateQueries({ queryKey: endpointQueries.lists() })
  void queryClient.invalidateQueries({ queryKey: deliveryQueries.lists() })
  const deliveries = new Set(
    changes.filter((change) => change.kind !== 'endpoint').map((change) => change.id),
  )
  for (const id of deliveries) {
    void queryClient.invalidateQueries({ queryKey: deliveryQueries.recordingsOf(id) })
  }
  const statuses = new Map(
    changes.filter((change) => change.kind === 'endpoint').map((change) => [change.id, change.status]),
  )
  if (statuses.size === 0) return
  for (const [queryKey, shown] of queryClient.getQueriesData<EndpointDetail>({
    queryKey: endpointQueries.details(),
  })) {
    const endpoint = shown?.endpoint
    if (endpoint && statuses.has(endpoint.id) && statuses.get(endpoint.id) !== endpoint.status) {
      void queryClient.invalidateQueries({ queryKey, exact: true })
    }
  }
}
