import type { CollectorDeps } from './collector.ts'
import type { HistoryWriter, LuccaAttempt, LuccaDelivery, LuccaEvent } from './history-writer.ts'

interface Followed {
  url: string
  nextAt: number
  looks: number
  attemptsSeen: number
}

// After nextAttemptAt, time for the attempt to be made and recorded; the shortest and longest waits.
const MARGIN_MS = 1_500
const MIN_MS = 1_000
const MAX_MS = 60_000
// How often new follows are looked for (one small query), so a tab's test is first read within this.
const REFRESH_MS = 500
// A delivery not tried yet at the first look: Lucca queues its first attempt at once and a healthy receiver
// answers in a few hundred ms, so the second look comes this soon (as the SPA's own follow does).
const SECOND_LOOK_MS = 600

/**
 * The deliveries tabs follow (a test just sent): read from Lucca by the collector's replica, once per look
 * however many tabs watch, at the admin's priority (a click asked for it), until final or unwatched.
 */
export class Follows {
  private readonly followed = new Map<string, Followed>()

  constructor(
    private readonly deps: Pick<CollectorDeps, 'db' | 'accountId' | 'reader' | 'clock' | 'log'>,
    private readonly writer: HistoryWriter,
  ) {}

  /** Looks at the followed deliveries that are due; returns the milliseconds until the next is. */
  async step(now: number): Promise<number> {
    await this.refresh(now)
    let wait = REFRESH_MS
    for (const [id, followed] of this.followed) {
      if (followed.nextAt <= now) await this.look(id, followed, now)
      wait = Math.min(wait, Math.max(0, followed.nextAt - now))
    }
    return Math.max(wait, 0)
  }

  private async refresh(now: number): Promise<void> {
    const rows = await this.deps.db
      .selectFrom('followed_deliveries')
      .select(['delivery_id', 'url', 'until'])
      .where('account_id', '=', this.deps.accountId)
      .execute()
    const watched = new Set<string>()
    for (const row of rows) {
      if (row.until.getTime() <= now) continue
      watched.add(row.delivery_id)
      if (!this.followed.has(row.delivery_id))
        this.followed.set(row.delivery_id, { url: row.url, nextAt: now, looks: 0, attemptsSeen: -1 })
    }
    for (const id of this.followed.keys()) if (!watched.has(id)) this.followed.delete(id)
    if (rows.length > watched.size)
      await this.deps.db
        .deleteFrom('followed_deliveries')
        .where('account_id', '=', this.deps.accountId)
        .where('until', '<=', new Date(now))
        .execute()
  }

  private async look(id: string, followed: Followed, now: number): Promise<void> {
    followed.looks += 1
    const url = new URL(followed.url)
    url.searchParams.set('include', 'links,embedded')
    const read = await this.deps.reader.get(url.href, null, 'admin')
    if (read.kind === 'wait') {
      followed.nextAt = now + (read.seconds ?? 5) * 1000
      return
    }
    if (read.kind !== 'ok') return this.stop(id)
    const delivery = read.body as LuccaDelivery & {
      links?: { attempts?: { href?: string } | null }
      embedded?: { event?: Record<string, LuccaEvent> | null }
    }
    let attempts: LuccaAttempt[] = []
    if (delivery.attemptsCount !== followed.attemptsSeen && delivery.attemptsCount > 0) {
      const href =
        delivery.links?.attempts?.href ??
        `/lucca-api/webhook-delivery-attempts?webhookDelivery.id=${encodeURIComponent(id)}`
      const list = await this.deps.reader.get(href, null, 'admin')
      if (list.kind === 'ok') {
        const items = (list.body as { items?: LuccaAttempt[] }).items ?? []
        attempts = items.filter((attempt) => attempt.webhookDelivery.id === id)
        followed.attemptsSeen = delivery.attemptsCount
      }
    }
    await this.writer.delivery(delivery, delivery.embedded?.event ?? {}, attempts, new Date(now))
    if (delivery.status === 'delivered' || delivery.status === 'failed') return this.stop(id)
    followed.nextAt = now + waitFor(delivery, followed.looks, now)
  }

  private async stop(id: string): Promise<void> {
    this.followed.delete(id)
    await this.deps.db
      .deleteFrom('followed_deliveries')
      .where('account_id', '=', this.deps.accountId)
      .where('delivery_id', '=', id)
      .execute()
  }
}

/** When something can next change: just after `nextAttemptAt` (a hint, contract §12 R1), else soon. */
function waitFor(delivery: LuccaDelivery, looks: number, now: number): number {
  const due = delivery.nextAttemptAt ? Date.parse(delivery.nextAttemptAt) : Number.NaN
  if (delivery.attemptsCount === 0 && looks <= 1) return SECOND_LOOK_MS
  if (delivery.attemptsCount === 0 || Number.isNaN(due))
    return Math.min(MIN_MS * 2 ** Math.min(looks - 1, 6), MAX_MS)
  return Math.min(Math.max(due + MARGIN_MS - now, MIN_MS), MAX_MS)
}
