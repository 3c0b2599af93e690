import type { FastifyBaseLogger } from 'fastify'
import type { Database } from '../db/database.ts'
import type { BudgetUse } from '../proxy/upstream.ts'
import type { CollectorClock } from './clock.ts'
import { Follows } from './follows.ts'
import {
  HistoryWriter,
  type LuccaAttempt,
  type LuccaDelivery,
  type LuccaEndpoint,
  type LuccaEvent,
} from './history-writer.ts'
import type { LuccaReader, ReadResult } from './lucca-reader.ts'
import type { CollectorPublicState } from './public-state.ts'
import {
  freshWalks,
  isRoundDone,
  nextWalk,
  walkProgress,
  type PageRecord,
  type WalkName,
  type Walks,
} from './walks.ts'

export interface CollectorDeps {
  db: Database
  accountId: string
  reader: LuccaReader
  usage: () => BudgetUse
  clock: CollectorClock
  retentionDays: number
  log: FastifyBaseLogger
}

interface SavedState {
  public: CollectorPublicState
  walks: Walks
  /** When the round under way began (a round reads every list once, to its end). */
  roundStartedAt: number | null
  /** When the last complete round began: the history is at least as fresh as that. */
  lastRoundStartedAt: number | null
  /** Up to date again only once a round begun after this is complete (an outage, a restart). */
  behindSince: number | null
  lastPurgeAt: number | null
}

// Lucca's largest page (lucca-api.md §3.2): the fewest calls for a read-through.
const FIRST_PAGES: Record<WalkName, string> = {
  endpoints: '/lucca-api/webhook-endpoints?include=links&limit=100',
  deliveries: '/lucca-api/webhook-deliveries?include=links,embedded&limit=100',
  attempts: '/lucca-api/webhook-delivery-attempts?include=links,embedded&limit=100',
}
const PURGE_EVERY_MS = 60 * 60_000
/** A pause this long means changes were missed meanwhile: catching up until a new round completes. */
const BEHIND_AFTER_MS = 60_000
/** Validators kept per list: past this, the oldest pages are read without If-None-Match. */
const MAX_PAGES_REMEMBERED = 2_000
/** An idle collector still writes its public state this often, so every replica knows it is alive. */
const SAVE_EVERY_MS = 10_000
const BACKOFF_MIN_S = 5
const BACKOFF_MAX_S = 300

/**
 * Keeps one account's history: reads every endpoint, delivery and attempt through, over and over, a page at
 * a time, within its share of the account's Lucca budget. Only documented Lucca: cursor paging by `links`,
 * `limit` ≤ 100, `include`, `If-None-Match`; no filter, no sort (ADR 0012). Where it stopped is saved after
 * every page, so a restart or another replica goes on from there.
 */
export class Collector {
  private readonly writer: HistoryWriter
  private readonly follows: Follows
  private state: SavedState | null = null
  private nextCallAt = 0
  private resumeAt = 0
  private backoffSeconds = BACKOFF_MIN_S
  private pauseStartedAt: number | null = null
  private reason: string | null = null
  private cause: string | null = null
  private savedAt = 0

  constructor(private readonly deps: CollectorDeps) {
    this.writer = new HistoryWriter(deps.db, deps.accountId)
    this.follows = new Follows(deps, this.writer)
  }

  /** Collects until `signal` aborts; then saves where it stands. */
  async run(signal: AbortSignal): Promise<void> {
    this.state = await this.load()
    while (!signal.aborted) {
      let wait: number
      try {
        wait = await this.step()
      } catch (error) {
        // The database failed (or a bug): say so, wait, go on from the last saved page.
        this.deps.log.warn({ err: error, account: this.deps.accountId }, 'collector step failed')
        this.pause('database-unavailable', null)
        wait = this.resumeAt - this.deps.clock.now()
      }
      await this.deps.clock.sleep(Math.max(0, wait), signal)
    }
    await this.save().catch(() => undefined)
  }

  /** One unit of work; returns the milliseconds to wait before the next. */
  async step(): Promise<number> {
    const state = (this.state ??= await this.load())
    const now = this.deps.clock.now()
    const followWait = await this.follows.step(now)
    if (now < this.resumeAt || now < this.nextCallAt) {
      if (now - this.savedAt >= SAVE_EVERY_MS) await this.save()
      return Math.min(Math.max(this.resumeAt, this.nextCallAt), now + followWait) - now
    }
    if (state.lastPurgeAt === null || now - state.lastPurgeAt >= PURGE_EVERY_MS) {
      const removed = await this.writer.purge(new Date(now - this.deps.retentionDays * 86_400_000))
      if (removed > 0) this.deps.log.info({ account: this.deps.accountId, removed }, 'history purged')
      state.lastPurgeAt = now
    }
    if (state.roundStartedAt === null) {
      state.walks = freshWalks(state.walks)
      state.roundStartedAt = now
    }
    const walk = nextWalk(state.walks)
    if (walk) await this.readPage(walk, now)
    if (isRoundDone(state.walks)) {
      state.lastRoundStartedAt = state.roundStartedAt
      if (state.behindSince !== null && (state.roundStartedAt ?? 0) >= state.behindSince)
        state.behindSince = null
      state.roundStartedAt = null
    }
    await this.save()
    return Math.min(Math.max(this.resumeAt, this.nextCallAt), now + followWait) - now
  }

  private async readPage(name: WalkName, now: number): Promise<void> {
    const state = this.state as SavedState
    const walk = state.walks[name]
    const url = walk.next ?? FIRST_PAGES[name]
    const known = walk.pages[url]
    const result = await this.deps.reader.get(url, known?.etag ?? null)
    const usage = this.deps.usage()
    // Evenly spaced: never more than the share in any minute, whatever minute Lucca counts in.
    this.nextCallAt = now + Math.ceil(60_000 / Math.max(1, usage.collectorShare))
    if (result.kind === 'wait') return this.onWait(result, now)
    this.recovered(now)
    if (result.kind === 'refused' || result.kind === 'not-found') {
      // A cursor Lucca no longer takes, or a list that vanished: that list is read again from its start.
      this.deps.log.warn({ account: this.deps.accountId, walk: name, result }, 'collector restarts a list')
      walk.next = null
      walk.read = 0
      walk.pages = {}
      if (result.kind === 'not-found') this.pause('webhooks-not-enabled', BACKOFF_MAX_S)
      return
    }
    const seenAt = new Date(now)
    let page: { count: number; next: string | null; ids?: string[] }
    if (result.kind === 'not-modified' && known) {
      page = known
      if (name === 'endpoints' && known.ids) await this.writer.endpointsSeen(known.ids, seenAt)
    } else if (result.kind === 'ok') {
      page = await this.write(name, result, seenAt)
      walk.pages = remember(walk.pages, url, { ...page, etag: result.etag })
    } else {
      // 304 for a page this state has no record of: read it again, unconditionally.
      walk.pages = withoutPage(walk.pages, url)
      return
    }
    walk.read += page.count
    walk.next = page.next
    if (page.next === null) {
      walk.done = true
      walk.lastTotal = walk.read
      if (name === 'endpoints') await this.writer.endpointsGone(new Date(state.roundStartedAt ?? now), seenAt)
    }
  }

  private async write(
    name: WalkName,
    result: Extract<ReadResult, { kind: 'ok' }>,
    now: Date,
  ): Promise<{ count: number; next: string | null; ids?: string[] }> {
    const body = result.body as {
      items?: unknown[]
      links?: { next?: { href?: string } | null } | null
      embedded?: Record<string, Record<string, unknown> | null | undefined> | null
    }
    const items = Array.isArray(body.items) ? body.items : []
    const next = body.links?.next?.href ?? null
    const events = (body.embedded?.event ?? {}) as Record<string, LuccaEvent>
    if (name === 'endpoints') {
      const endpoints = items as LuccaEndpoint[]
      await this.writer.endpoints(endpoints, now)
      return { count: items.length, next, ids: endpoints.map((item) => item.id) }
    }
    if (name === 'deliveries') await this.writer.deliveries(items as LuccaDelivery[], events, now)
    else {
      const deliveries = (body.embedded?.['webhook-delivery'] ?? {}) as Record<string, LuccaDelivery>
      await this.writer.attempts(items as LuccaAttempt[], deliveries, events, now)
    }
    return { count: items.length, next }
  }

  private onWait(result: Extract<ReadResult, { kind: 'wait' }>, now: number): void {
    // The console's own budget said "not now" because admins are busy: a wait, not a failure.
    if (result.reason === 'console-budget') {
      this.resumeAt = now + (result.seconds ?? 1) * 1000
      return
    }
    this.pause(result.reason, result.seconds, result.cause ?? null)
  }

  private pause(reason: string, seconds: number | null, cause: string | null = null): void {
    const now = this.deps.clock.now()
    this.pauseStartedAt ??= now
    this.reason = reason
    this.cause = cause
    // Lucca's Retry-After is honoured as given; otherwise the wait doubles, 5 s to 5 min.
    const wait = seconds ?? this.backoffSeconds
    this.backoffSeconds = Math.min(BACKOFF_MAX_S, this.backoffSeconds * 2)
    this.resumeAt = now + wait * 1000
  }

  private recovered(now: number): void {
    if (this.pauseStartedAt !== null && now - this.pauseStartedAt >= BEHIND_AFTER_MS && this.state)
      this.state.behindSince = now
    this.pauseStartedAt = null
    this.reason = null
    this.cause = null
    this.backoffSeconds = BACKOFF_MIN_S
  }

  private publicState(state: SavedState, now: number): CollectorPublicState {
    const behind = state.lastRoundStartedAt === null || state.behindSince !== null
    const paused = this.reason !== null && now < this.resumeAt
    return {
      phase: paused ? 'paused' : behind ? 'catching-up' : 'up-to-date',
      updatedAt: state.lastRoundStartedAt === null ? null : new Date(state.lastRoundStartedAt).toISOString(),
      progress: behind ? walkProgress(state.walks) : null,
      reason: paused ? this.reason : null,
      cause: paused ? this.cause : null,
      callsLastMinute: this.deps.usage().collector,
      writtenAt: new Date(now).toISOString(),
    }
  }

  private async load(): Promise<SavedState> {
    const row = await this.deps.db
      .selectFrom('collector_state')
      .select(['state'])
      .where('account_id', '=', this.deps.accountId)
      .executeTakeFirst()
    const now = this.deps.clock.now()
    const saved = row?.state as SavedState | undefined
    if (!saved)
      return {
        public: {
          phase: 'starting',
          updatedAt: null,
          progress: null,
          reason: null,
          callsLastMinute: 0,
          writtenAt: new Date(now).toISOString(),
        },
        walks: freshWalks(),
        roundStartedAt: null,
        lastRoundStartedAt: null,
        behindSince: null,
        lastPurgeAt: null,
      }
    // Stopped for a while (a restart, another replica that died): what changed meanwhile is read again.
    const stoppedFor = now - Date.parse(saved.public.writtenAt)
    return { ...saved, behindSince: stoppedFor >= BEHIND_AFTER_MS ? now : saved.behindSince }
  }

  private async save(): Promise<void> {
    const state = this.state
    if (!state) return
    const now = this.deps.clock.now()
    state.public = this.publicState(state, now)
    this.savedAt = now
    const json = JSON.stringify(state)
    await this.deps.db
      .insertInto('collector_state')
      .values({ account_id: this.deps.accountId, state: json, updated_at: new Date(now) })
      .onConflict((conflict) =>
        conflict.column('account_id').doUpdateSet({ state: json, updated_at: new Date(now) }),
      )
      .execute()
  }
}

function remember(pages: Walks[WalkName]['pages'], url: string, page: PageRecord): Walks[WalkName]['pages'] {
  const kept = withoutPage(pages, url)
  const urls = Object.keys(kept)
  const excess = urls.length + 1 - MAX_PAGES_REMEMBERED
  const trimmed = excess > 0 ? withoutPages(kept, new Set(urls.slice(0, excess))) : kept
  return { ...trimmed, [url]: page }
}

function withoutPage(pages: Walks[WalkName]['pages'], url: string): Walks[WalkName]['pages'] {
  return withoutPages(pages, new Set([url]))
}

function withoutPages(pages: Walks[WalkName]['pages'], urls: ReadonlySet<string>): Walks[WalkName]['pages'] {
  return Object.fromEntries(Object.entries(pages).filter(([url]) => !urls.has(url)))
}
