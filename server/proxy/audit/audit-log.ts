import {
  AuditEntrySchema,
  type AuditEntry,
  type AuditFilters,
  type AuditPage,
} from '../../../contract/console-audit-api.ts'
import type { Database } from '../../db/database.ts'
import type { AuditRow } from '../../db/schema.ts'

export type AuditWrite = Omit<AuditEntry, 'id' | 'at'>

const dayMs = 24 * 3600_000
const toEntry = (row: AuditRow): AuditEntry =>
  AuditEntrySchema.parse({
    id: String(row.id),
    at: row.at.toISOString(),
    username: row.username,
    accountId: row.account_id,
    accountLabel: row.account_label,
    action: row.action,
    target: row.target,
    targetLabel: row.target_label,
    status: row.status,
  })

/**
 * The audit trail, in the database every replica shares. Append-only: a row is inserted once and never
 * changed (a trigger refuses any UPDATE); only the retention sweep removes rows older than the stated
 * retention. Ids come from one sequence, so they order the trail across replicas.
 */
export class AuditLog {
  constructor(
    private readonly db: Database,
    readonly retentionDays: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The same trail, written through `tx`: an entry that commits or not with the change it tells of. */
  in(tx: Database): AuditLog {
    return new AuditLog(tx, this.retentionDays, this.now)
  }

  async record(entry: AuditWrite): Promise<AuditEntry> {
    const row = await this.db
      .insertInto('audit')
      .values({
        at: this.now(),
        username: entry.username,
        account_id: entry.accountId,
        account_label: entry.accountLabel,
        action: entry.action,
        target: entry.target,
        target_label: entry.targetLabel,
        status: entry.status,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    return toEntry(row)
  }

  /** Newest first; `before` is the id of the last entry of the previous page. */
  async list(
    filters: AuditFilters,
    limit: number,
    before: string | null,
  ): Promise<Omit<AuditPage, 'retentionDays'>> {
    let query = this.filtered(filters)
      .orderBy('id', 'desc')
      .limit(limit + 1)
    if (before !== null) query = query.where('id', '<', before)
    const rows = await query.execute()
    const items = rows.slice(0, limit).map(toEntry)
    return { items, nextBefore: rows.length > limit ? (items.at(-1)?.id ?? null) : null }
  }

  /** Every entry the filters match, newest first, read a page at a time (the CSV export). */
  async *all(filters: AuditFilters): AsyncGenerator<AuditEntry> {
    let before: string | null = null
    do {
      const page = await this.list(filters, 500, before)
      yield* page.items
      before = page.nextBefore
    } while (before !== null)
  }

  /** When `username` last signed in, if it was at `since` or after (the break-glass banner). */
  async lastSignIn(username: string, since: Date): Promise<Date | null> {
    const row = await this.db
      .selectFrom('audit')
      .select('at')
      .where('username', '=', username)
      .where('action', '=', 'session.sign-in')
      .where('status', '=', 200)
      .where('at', '>=', since)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
    return row?.at ?? null
  }

  /** The name last recorded for a target, for a write whose request does not carry it (a delete). */
  async labelOf(accountId: string, target: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('audit')
      .select('target_label')
      .where('account_id', '=', accountId)
      .where('target', '=', target)
      .where('target_label', 'is not', null)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
    return row?.target_label ?? null
  }

  /** Removes the entries older than the retention; run at start and daily. Returns how many. */
  async sweep(): Promise<number> {
    const cutoff = new Date(this.now().getTime() - this.retentionDays * dayMs)
    const result = await this.db.deleteFrom('audit').where('at', '<', cutoff).executeTakeFirst()
    return Number(result.numDeletedRows)
  }

  private filtered(filters: AuditFilters) {
    let query = this.db.selectFrom('audit').selectAll()
    if (filters.username) query = query.where('username', '=', filters.username)
    if (filters.action) query = query.where('action', '=', filters.action)
    if (filters.accountId) query = query.where('account_id', '=', filters.accountId)
    if (filters.from) query = query.where('at', '>=', new Date(`${filters.from}T00:00:00Z`))
    if (filters.to) query = query.where('at', '<', new Date(Date.parse(`${filters.to}T00:00:00Z`) + dayMs))
    return query
  }
}
