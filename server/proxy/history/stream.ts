import { PassThrough } from 'node:stream'
import type { FastifyBaseLogger } from 'fastify'
import type { HistoryChange, HistoryStatus } from '../../../contract/console-history-api.ts'
import type { ActiveSession, SessionService } from '../auth/session.ts'
import type { ChangeFeed } from './change-feed.ts'
import type { HistoryStatusReader } from './history-status.ts'

/** How often every open stream gets a status, a heartbeat, and its session checked; tests shorten them. */
export interface StreamTimings {
  statusMs: number
  heartbeatMs: number
  sessionCheckMs: number
}
const STREAM_TIMINGS: StreamTimings = { statusMs: 10_000, heartbeatMs: 15_000, sessionCheckMs: 60_000 }

// A tab that reads nothing while this much waits for it is gone or stuck: it reconnects and resumes.
const MAX_BACKLOG_BYTES = 1024 * 1024

interface OpenStream {
  out: PassThrough
  sessionId: string
  accountId: string
  unsubscribe: () => void
}

// Every stream of an account is sent the same change objects: each is written as text once.
const frames = new WeakMap<HistoryChange, string>()
function frameOf(change: HistoryChange): string {
  let frame = frames.get(change)
  if (frame === undefined) {
    frame = `id: ${change.seq}\nevent: change\ndata: ${JSON.stringify(change)}\n\n`
    frames.set(change, frame)
  }
  return frame
}
const statusFrame = (status: HistoryStatus) => `event: status\ndata: ${JSON.stringify(status)}\n\n`

/**
 * The open `GET /api/history/stream` answers of this process. Their changes come from the one ChangeFeed;
 * their status, heartbeat and session check from three timers shared by all of them, running only while
 * one is open, so a stream costs a buffer and a subscription, not timers or queries of its own.
 */
export class StreamHub {
  private readonly streams = new Set<OpenStream>()
  private timers: NodeJS.Timeout[] = []

  constructor(
    private readonly feed: ChangeFeed,
    private readonly status: HistoryStatusReader,
    private readonly sessions: SessionService,
    private readonly log: FastifyBaseLogger,
    private readonly timings: StreamTimings = STREAM_TIMINGS,
  ) {}

  /** The event stream for `session`'s account, from after `lastEventId` or from now on. */
  async open(session: ActiveSession, lastEventId: bigint | null): Promise<PassThrough> {
    const out = new PassThrough()
    out.write('retry: 3000\n\n')
    const { accountId } = session.record
    const stream: OpenStream = { out, sessionId: session.id, accountId, unsubscribe: () => undefined }
    stream.unsubscribe = await this.feed.subscribe(accountId, lastEventId, (changes) =>
      this.write(stream, changes.map(frameOf).join('')),
    )
    out.once('close', () => this.drop(stream))
    this.streams.add(stream)
    if (this.timers.length === 0) this.startTimers()
    const status = await this.statusOf(accountId)
    if (status) this.write(stream, statusFrame(status))
    return out
  }

  /** Ends every stream (the server is closing: open streams would hold it up). */
  closeAll(): void {
    for (const stream of this.streams) stream.out.end()
    this.stopTimers()
  }

  private write(stream: OpenStream, text: string): void {
    if (stream.out.destroyed) return
    if (stream.out.writableLength > MAX_BACKLOG_BYTES) stream.out.destroy()
    else stream.out.write(text)
  }

  private drop(stream: OpenStream): void {
    if (!this.streams.delete(stream)) return
    stream.unsubscribe()
    if (this.streams.size === 0) this.stopTimers()
  }

  private startTimers(): void {
    const every = (ms: number, work: () => Promise<void> | void) => {
      const timer = setInterval(() => {
        void Promise.resolve()
          .then(work)
          .catch((error: unknown) => this.log.warn({ err: error }, 'history stream upkeep failed'))
      }, ms)
      this.timers.push(timer)
    }
    every(this.timings.statusMs, () => this.sendStatus())
    every(this.timings.heartbeatMs, () => {
      for (const stream of this.streams) this.write(stream, ': keep-alive\n\n')
    })
    every(this.timings.sessionCheckMs, () => this.endSignedOut())
  }

  private stopTimers(): void {
    for (const timer of this.timers) clearInterval(timer)
    this.timers = []
  }

  private async statusOf(accountId: string): Promise<HistoryStatus | null> {
    try {
      return await this.status.read(accountId)
    } catch (error) {
      this.log.warn({ err: error, account: accountId }, 'history status read failed')
      return null
    }
  }

  /** One status read per account, sent to all its streams. */
  private async sendStatus(): Promise<void> {
    const accounts = new Set([...this.streams].map((stream) => stream.accountId))
    for (const accountId of accounts) {
      const status = await this.statusOf(accountId)
      if (!status) continue
      const frame = statusFrame(status)
      for (const stream of this.streams) if (stream.accountId === accountId) this.write(stream, frame)
    }
  }

  /** A stream ends with its session (signed out, expired, ended by an admin) or when it moved account. */
  private async endSignedOut(): Promise<void> {
    const active = await this.sessions.stillActive([...new Set([...this.streams].map((s) => s.sessionId))])
    for (const stream of this.streams) if (active.get(stream.sessionId) !== stream.accountId) stream.out.end()
  }
}
