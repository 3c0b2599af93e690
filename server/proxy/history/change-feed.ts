import type { FastifyBaseLogger } from 'fastify'
import { HistoryChangeSchema, type HistoryChange } from '../../../contract/console-history-api.ts'
import type { Database } from '../../db/database.ts'

export type ChangeListener = (changes: readonly HistoryChange[]) => void

interface Subscriber {
  /** The last seq this subscriber was given (or chose to start after). */
  cursor: bigint
  listener: ChangeListener
}

interface AccountPoller {
  subscribers: Set<Subscriber>
  /** The newest seq read: where a fresh subscriber starts. */
  high: bigint
  timer: NodeJS.Timeout | null
  stopped: boolean
  failing: boolean
}

interface FeedOptions {
  intervalMs?: number
  batch?: number
}

const kinds: readonly string[] = HistoryChangeSchema.shape.kind.options
const isKind = (kind: string): kind is HistoryChange['kind'] => kinds.includes(kind)
// A resume catches up this many batches by itself; past that, the shared poll carries it on.
const CATCH_UP_BATCHES = 20
const KEEP_MS = 3600_000

/**
 * `history_changes` for the live streams of this replica. One poller per account, only while it has
 * subscribers, reads what is new for all of them (`seq > min(cursors)`), however many tabs are open, and
 * whichever replica wrote it. Each account's changes come from its one collector, in seq order.
 */
export class ChangeFeed {
  private readonly pollers = new Map<string, AccountPoller>()
  private readonly intervalMs: number
  private readonly batch: number

  constructor(
    private readonly db: Database,
    private readonly log: FastifyBaseLogger,
    options: FeedOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 500
    this.batch = options.batch ?? 500
  }

  /**
   * Calls `listener` with every change of the account after `after` (a seq a stream was given before), or
   * from now on when null. Resolves once subscribed, to the function that ends the subscription.
   */
  async subscribe(accountId: string, after: bigint | null, listener: ChangeListener): Promise<() => void> {
    const now = this.pollers.get(accountId)?.high ?? (await this.head(accountId))
    const cursor = after !== null && after < now ? await this.catchUp(accountId, after, now, listener) : now
    const poller = this.pollers.get(accountId) ?? this.start(accountId, now)
    const subscriber: Subscriber = { cursor, listener }
    poller.subscribers.add(subscriber)
    return () => {
      poller.subscribers.delete(subscriber)
      if (poller.subscribers.size === 0) this.stop(accountId, poller)
    }
  }

  close(): void {
    for (const [accountId, poller] of this.pollers) this.stop(accountId, poller)
  }

  private start(accountId: string, high: bigint): AccountPoller {
    const poller: AccountPoller = {
      subscribers: new Set(),
      high,
      timer: null,
      stopped: false,
      failing: false,
    }
    this.pollers.set(accountId, poller)
    this.schedule(accountId, poller, this.intervalMs)
    return poller
  }

  private stop(accountId: string, poller: AccountPoller): void {
    poller.stopped = true
    if (poller.timer) clearTimeout(poller.timer)
    if (this.pollers.get(accountId) === poller) this.pollers.delete(accountId)
  }

  private schedule(accountId: string, poller: AccountPoller, delayMs: number): void {
    poller.timer = setTimeout(() => void this.poll(accountId, poller), delayMs)
  }

  private async poll(accountId: string, poller: AccountPoller): Promise<void> {
    let full = false
    try {
      const cursors = [...poller.subscribers].map((subscriber) => subscriber.cursor)
      const from = cursors.reduce((min, cursor) => (cursor < min ? cursor : min), poller.high)
      const rows = await this.read(accountId, from, null)
      full = rows.length === this.batch
      const last = rows.at(-1)
      if (last) {
        const changes = rows.flatMap(toChange)
        // Only those whose cursor the read started at or before got every row they are due; one that
        // joined meanwhile further back waits for the next read.
        for (const subscriber of poller.subscribers) {
          if (subscriber.cursor < from) continue
          const due = changes.filter((change) => BigInt(change.seq) > subscriber.cursor)
          if (due.length > 0) this.tell(subscriber.listener, due.length === changes.length ? changes : due)
          if (last.seq > subscriber.cursor) subscriber.cursor = last.seq
        }
        if (last.seq > poller.high) poller.high = last.seq
      }
      poller.failing = false
    } catch (error) {
      if (!poller.failing)
        this.log.warn({ err: error, account: accountId }, 'history change feed read failed')
      poller.failing = true
    }
    if (!poller.stopped) this.schedule(accountId, poller, full ? 0 : this.intervalMs)
  }

  /** One listener that throws (a stream gone bad) must not keep the others from theirs. */
  private tell(listener: ChangeListener, changes: readonly HistoryChange[]): void {
    if (changes.length === 0) return
    try {
      listener(changes)
    } catch (error) {
      this.log.warn({ err: error }, 'a history stream failed to take its changes')
    }
  }

  private async catchUp(accountId: string, after: bigint, upTo: bigint, listener: ChangeListener) {
    let cursor = after
    for (let batch = 0; batch < CATCH_UP_BATCHES && cursor < upTo; batch += 1) {
      const rows = await this.read(accountId, cursor, upTo)
      const last = rows.at(-1)
      this.tell(listener, rows.flatMap(toChange))
      cursor = !last || rows.length < this.batch ? upTo : last.seq
    }
    return cursor
  }

  private async head(accountId: string): Promise<bigint> {
    const row = await this.db
      .selectFrom('history_changes')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('account_id', '=', accountId)
      .executeTakeFirst()
    return BigInt(row?.seq ?? 0)
  }

  private async read(accountId: string, after: bigint, upTo: bigint | null) {
    let query = this.db
      .selectFrom('history_changes')
      .select(['seq', 'kind', 'resource_id', 'detail'])
      .where('account_id', '=', accountId)
      .where('seq', '>', after.toString())
      .orderBy('seq')
      .limit(this.batch)
    if (upTo !== null) query = query.where('seq', '<=', upTo.toString())
    const rows = await query.execute()
    return rows.map((row) => ({ ...row, seq: BigInt(row.seq) }))
  }
}

function toChange(row: { seq: bigint; kind: string; resource_id: string; detail: unknown }): HistoryChange[] {
  if (!isKind(row.kind)) return []
  const detail = typeof row.detail === 'object' && row.detail !== null ? row.detail : {}
  const text = (key: string) => {
    const value = (detail as Record<string, unknown>)[key]
    return typeof value === 'string' ? { [key]: value } : {}
  }
  return [
    {
      seq: row.seq.toString(),
      kind: row.kind,
      id: row.resource_id,
      ...text('endpointId'),
      ...text('status'),
    },
  ]
}

/** Drops changes older than an hour: a tab away longer reloads its lists rather than replaying them. */
export async function pruneChanges(db: Database, now = Date.now()): Promise<number> {
  const result = await db
    .deleteFrom('history_changes')
    .where('at', '<', new Date(now - KEEP_MS))
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
