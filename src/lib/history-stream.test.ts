import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import type { HistoryChange, HistoryStatus } from '../../contract/console-history-api'
import { openHistoryStream, streamTiming } from './history-stream'
import type { StreamState } from './live-updates'

/** An EventSource the test drives: it opens, sends, fails or is refused when told to. */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static opened: FakeEventSource[] = []
  readyState = FakeEventSource.CONNECTING
  constructor(readonly url: string) {
    super()
    FakeEventSource.opened.push(this)
  }
  open() {
    this.readyState = FakeEventSource.OPEN
    this.dispatchEvent(new Event('open'))
  }
  send(type: 'change' | 'status', data: unknown) {
    this.dispatchEvent(
      new MessageEvent(type, { data: typeof data === 'string' ? data : JSON.stringify(data) }),
    )
  }
  /** A dropped connection the browser tries again by itself (`closed`: one it gives up on, a 401 or a 500). */
  fail(closed = false) {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING
    this.dispatchEvent(new Event('error'))
  }
  close() {
    this.readyState = FakeEventSource.CLOSED
  }
}
const latest = () => FakeEventSource.opened.at(-1) as FakeEventSource

const status: HistoryStatus = {
  collector: {
    state: 'up-to-date',
    updatedAt: '2026-12-02T10:00:00Z',
    progress: null,
    reason: null,
    cause: null,
  },
  budget: { limit: 50, consoleLimit: 45, collectorShare: 10, console: 14, collector: 8 },
  retentionDays: 400,
}

function connect() {
  const states: StreamState[] = []
  const changes: HistoryChange[] = []
  const statuses: HistoryStatus[] = []
  const onOpen = vi.fn()
  const close = openHistoryStream({
    onChange: (change) => changes.push(change),
    onStatus: (next) => statuses.push(next),
    onState: (state) => states.push(state),
    onOpen,
  })
  return { states, changes, statuses, onOpen, close }
}

beforeEach(() => {
  vi.useFakeTimers()
  FakeEventSource.opened = []
  vi.stubGlobal('EventSource', FakeEventSource)
})
afterEach(() => vi.useRealTimers())

test('one stream: live once open, its changes and status messages handed over, malformed ones skipped', () => {
  const stream = connect()
  expect(latest().url).toBe('/api/history/stream')
  expect(stream.states).toEqual([])
  latest().open()
  latest().send('change', { seq: '7', kind: 'attempt', id: 'd1', endpointId: '26' })
  latest().send('change', '{not json')
  latest().send('change', { seq: '8', kind: 'a kind nobody knows', id: 'd1' })
  latest().send('status', status)
  expect(stream.states).toEqual(['live'])
  expect(stream.changes).toEqual([{ seq: '7', kind: 'attempt', id: 'd1', endpointId: '26' }])
  expect(stream.statuses).toEqual([status])
  stream.close()
  expect(latest().readyState).toBe(FakeEventSource.CLOSED)
})

test('a short drop the browser mends is not told; a long one is, and the return reads everything again', () => {
  const stream = connect()
  latest().open()
  latest().fail()
  vi.advanceTimersByTime(streamTiming.graceMs - 100)
  latest().open()
  expect(stream.states).toEqual(['live'])
  expect(stream.onOpen).toHaveBeenCalledTimes(2) // the server resumes from Last-Event-ID, but may not

  latest().fail()
  vi.advanceTimersByTime(streamTiming.graceMs)
  expect(stream.states).toEqual(['live', 'down'])
  latest().open()
  expect(stream.states).toEqual(['live', 'down', 'live'])
  expect(stream.onOpen).toHaveBeenCalledTimes(3)
  expect(FakeEventSource.opened).toHaveLength(1) // the browser reconnected that one itself
  stream.close()
})

test('a stream that never opens is down after the grace period', () => {
  const stream = connect()
  vi.advanceTimersByTime(streamTiming.graceMs)
  expect(stream.states).toEqual(['down'])
  stream.close()
})

test('a stream the server refused is down at once, and opened again after a doubling wait', () => {
  const stream = connect()
  latest().fail(true)
  expect(stream.states).toEqual(['down'])
  vi.advanceTimersByTime(streamTiming.retryMs - 1)
  expect(FakeEventSource.opened).toHaveLength(1)
  vi.advanceTimersByTime(1)
  expect(FakeEventSource.opened).toHaveLength(2)
  latest().fail(true)
  vi.advanceTimersByTime(streamTiming.retryMs * 2 - 1)
  expect(FakeEventSource.opened).toHaveLength(2)
  vi.advanceTimersByTime(1)
  expect(FakeEventSource.opened).toHaveLength(3)
  latest().open()
  expect(stream.states).toEqual(['down', 'live'])
  stream.close()
  vi.advanceTimersByTime(streamTiming.maxRetryMs)
  expect(FakeEventSource.opened).toHaveLength(3) // closed: nothing reopens it
})

test('a stream gone silent (no status for far longer than its 10 s) is taken for dead and opened again', () => {
  const stream = connect()
  latest().open()
  vi.advanceTimersByTime(streamTiming.silenceMs - 1_000)
  latest().send('status', status)
  vi.advanceTimersByTime(streamTiming.silenceMs - 1_000)
  expect(stream.states).toEqual(['live'])
  vi.advanceTimersByTime(1_000)
  expect(stream.states).toEqual(['live', 'down'])
  expect(FakeEventSource.opened[0]?.readyState).toBe(FakeEventSource.CLOSED)
  vi.advanceTimersByTime(streamTiming.retryMs)
  expect(FakeEventSource.opened).toHaveLength(2)
  stream.close()
})

test('without EventSource the stream is down, and the screens poll', () => {
  vi.stubGlobal('EventSource', undefined)
  expect(connect().states).toEqual(['down'])
})
