import { QueryClient, queryOptions, useQuery } from '@tanstack/react-query'
import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { HistoryChange, HistoryStatus } from '../../contract/console-history-api'
import { deliveryQueries } from '../features/deliveries/deliveries-api'
import { endpointQueries } from '../features/endpoints/endpoints-api'
import { historyQueries } from '../features/history/history-api'
import { fallbackRefreshMs, streamStateKey, useFallbackRefresh } from '../lib/live-updates'
import { anEndpoint } from '../test/lucca-fixtures'
import { render } from '../test/render'
import { applyChanges, batchOf, batchTiming, LiveUpdates } from './live-updates'

class FakeEventSource extends EventTarget {
  static readonly CLOSED = 2
  static latest: FakeEventSource | null = null
  readyState = 0
  constructor(readonly url: string) {
    super()
    FakeEventSource.latest = this
  }
  close() {
    this.readyState = FakeEventSource.CLOSED
  }
}
const emit = (type: string, data?: unknown) =>
  act(() => {
    const event =
      data === undefined ? new Event(type) : new MessageEvent(type, { data: JSON.stringify(data) })
    FakeEventSource.latest?.dispatchEvent(event)
  })
const change = (
  kind: HistoryChange['kind'],
  id: string,
  extra: Partial<HistoryChange> = {},
): HistoryChange => ({
  seq: String(Math.random()),
  kind,
  id,
  ...extra,
})

beforeEach(() => vi.stubGlobal('EventSource', FakeEventSource))
afterEach(() => vi.useRealTimers())

test('a burst of changes is read again once, when it pauses; a steady flow at least once a second', () => {
  vi.useFakeTimers()
  const flushed: number[] = []
  const batch = batchOf((changes) => flushed.push(changes.length))
  for (let index = 0; index < 100; index++) batch.add(change('attempt', `d${index}`))
  vi.advanceTimersByTime(batchTiming.quietMs)
  expect(flushed).toEqual([100])

  for (let elapsed = 0; elapsed < 2_000; elapsed += 200) {
    batch.add(change('attempt', 'd1'))
    vi.advanceTimersByTime(200)
  }
  expect(flushed.length).toBeGreaterThanOrEqual(3) // never more than a second without a look
  batch.cancel()
})

test('a change marks what it touches, and only that, for reading again', async () => {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } })
  const seed = (queryKey: readonly unknown[], data: unknown) => client.setQueryData(queryKey, data)
  const listKey = endpointQueries.list({ pageSize: 25 }).queryKey
  const logKey = [...deliveryQueries.lists(), 'log', {}, null, 50]
  const mine = [...deliveryQueries.recordingsOf('d1'), 'd1']
  const other = [...deliveryQueries.recordingsOf('d2'), 'd2']
  const suspended = endpointQueries.detail('26').queryKey
  const unchanged = endpointQueries.detail('27').queryKey
  seed(listKey, { items: [], total: 0, page: 1, pageSize: 25 })
  seed(logKey, { items: [], next: null })
  seed(mine, {})
  seed(other, {})
  seed(suspended, { endpoint: anEndpoint({ id: '26', status: 'active' }), etag: null })
  seed(unchanged, { endpoint: anEndpoint({ id: '27', status: 'suspended' }), etag: null })

  applyChanges(client, [
    change('attempt', 'd1', { endpointId: '26' }),
    change('endpoint', '26', { status: 'suspended' }),
    change('endpoint', '27', { status: 'suspended' }), // the page already shows it: no read of Lucca
  ])
  const invalidated = (queryKey: readonly unknown[]) =>
    client.getQueryCache().find({ queryKey, exact: true })?.state.isInvalidated
  expect(invalidated(listKey)).toBe(true)
  expect(invalidated(logKey)).toBe(true)
  expect(invalidated(mine)).toBe(true)
  expect(invalidated(other)).toBe(false)
  expect(invalidated(suspended)).toBe(true)
  expect(invalidated(unchanged)).toBe(false)
})

function Polled({ read }: { read: () => number }) {
  const polled = queryOptions({ queryKey: ['polled'], queryFn: read })
  const { data } = useQuery({ ...polled, refetchInterval: useFallbackRefresh() })
  return <span>read {data}</span>
}

test('the one stream feeds the meter and the stream state; while it is down, lists are read every 30 s', async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true })
  let reads = 0
  const { queryClient } = render(
    <>
      <LiveUpdates />
      <Polled read={() => ++reads} />
    </>,
  )
  expect(await screen.findByText('read 1')).toBeTruthy()
  expect(FakeEventSource.latest?.url).toBe('/api/history/stream')
  await emit('open')
  expect(queryClient.getQueryData(streamStateKey)).toBe('live')
  const status: HistoryStatus = {
    collector: { state: 'catching-up', updatedAt: null, progress: 0.4, reason: null, cause: null },
    budget: { limit: 50, consoleLimit: 45, collectorShare: 10, console: 14, collector: 8 },
    retentionDays: 400,
  }
  await emit('status', status)
  expect(queryClient.getQueryData(historyQueries.status().queryKey)).toEqual(status)
  await act(() => vi.advanceTimersByTimeAsync(fallbackRefreshMs + 100))
  expect(reads).toBe(1) // live: the stream says when to read again

  // The proxy refuses the stream (restarting): down at once, and the list is polled as before the stream.
  if (FakeEventSource.latest) FakeEventSource.latest.readyState = FakeEventSource.CLOSED
  await emit('error')
  expect(queryClient.getQueryData(streamStateKey)).toBe('down')
  await act(() => vi.advanceTimersByTimeAsync(fallbackRefreshMs + 100))
  expect(reads).toBe(2)

  // Back: polling stops, and what changed meanwhile is read again once.
  await act(() => vi.advanceTimersByTimeAsync(5_000))
  await emit('open')
  expect(queryClient.getQueryData(streamStateKey)).toBe('live')
  await act(() => vi.advanceTimersByTimeAsync(fallbackRefreshMs + 100))
  expect(reads).toBe(2)
})
