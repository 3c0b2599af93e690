import type { z } from 'zod/mini'
import {
  HistoryChangeSchema,
  HistoryStatusSchema,
  type HistoryChange,
  type HistoryStatus,
} from '../../contract/console-history-api'
import type { StreamState } from './live-updates'

export const streamTiming = {
  /** A drop the browser mends by itself within this is not worth telling the admin about. */
  graceMs: 5_000,
  /** The server sends its status every 10 s: this long without a word, the connection is taken for dead. */
  silenceMs: 35_000,
  /** After the server closed or refused the stream, the first wait before opening it again; it doubles. */
  retryMs: 5_000,
  maxRetryMs: 60_000,
}

interface StreamHandlers {
  onChange: (change: HistoryChange) => void
  onStatus: (status: HistoryStatus) => void
  onState: (state: StreamState) => void
  /**
   * The stream is open, first or again: what changed before (while the page was loading, or the stream was
   * down) may not have been sent.
   */
  onOpen: () => void
}

/**
 * The one place the SPA opens an EventSource: `GET /api/history/stream` (same origin, the session cookie
 * goes with it). The browser mends a dropped connection by itself; one the server closed or refused (a 401,
 * a restart), or one gone silent, is opened again here after a doubling wait. Returns a function that closes it.
 */
export function openHistoryStream(handlers: StreamHandlers, url = '/api/history/stream'): () => void {
  if (typeof EventSource === 'undefined') {
    handlers.onState('down')
    return () => undefined
  }
  let source: EventSource | null = null
  let state: StreamState = 'connecting'
  let retryMs = streamTiming.retryMs
  let graceTimer: ReturnType<typeof setTimeout> | undefined
  let silenceTimer: ReturnType<typeof setTimeout> | undefined
  let retryTimer: ReturnType<typeof setTimeout> | undefined

  const setState = (next: StreamState) => {
    if (next === state) return
    state = next
    handlers.onState(next)
  }
  const armGrace = () => {
    clearTimeout(graceTimer)
    graceTimer = setTimeout(() => setState('down'), streamTiming.graceMs)
  }
  const heard = () => {
    clearTimeout(silenceTimer)
    silenceTimer = setTimeout(reopenLater, streamTiming.silenceMs)
  }
  function reopenLater() {
    source?.close()
    source = null
    clearTimeout(graceTimer)
    clearTimeout(silenceTimer)
    setState('down')
    retryTimer = setTimeout(connect, retryMs)
    retryMs = Math.min(retryMs * 2, streamTiming.maxRetryMs)
  }
  function connect() {
    const current = new EventSource(url)
    source = current
    armGrace()
    current.addEventListener('open', () => {
      clearTimeout(graceTimer)
      heard()
      retryMs = streamTiming.retryMs
      setState('live')
      handlers.onOpen()
    })
    current.addEventListener('change', (event) => {
      heard()
      const change = parse(event, HistoryChangeSchema)
      if (change) handlers.onChange(change)
    })
    current.addEventListener('status', (event) => {
      heard()
      const status = parse(event, HistoryStatusSchema)
      if (status) handlers.onStatus(status)
    })
    current.addEventListener('error', () => {
      // CLOSED: the browser will not try again by itself. CONNECTING: it is trying; down if it takes long.
      if (current.readyState === EventSource.CLOSED) reopenLater()
      else armGrace()
    })
  }

  connect()
  return () => {
    clearTimeout(graceTimer)
    clearTimeout(silenceTimer)
    clearTimeout(retryTimer)
    source?.close()
  }
}

function parse<T>(event: Event, schema: z.ZodMiniType<T>): T | null {
  if (!(event instanceof MessageEvent) || typeof event.data !== 'string') return null
  try {
    const parsed = schema.safeParse(JSON.parse(event.data))
    return parsed.success ? parsed.data : null
  } catch {
    return null // a malformed message is skipped, the stream goes on
  }
}
