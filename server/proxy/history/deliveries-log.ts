import { sql } from 'kysely'
import {
  deliveryStatuses,
  type DeliveriesFilters,
  type DeliveriesPage,
  type DeliveriesQuery,
  type DeliveryRow,
} from '../../../contract/console-history-api.ts'
import type { Database } from '../../db/database.ts'

/** The last row's place in the log's order (created_at desc, id desc), to the microsecond. */
interface Key {
  at: string
  id: string
}

const keyTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/
const encodeCursor = (key: Key) => Buffer.from(JSON.stringify([key.at, key.id])).toString('base64url')

function decodeCursor(cursor: string): Key | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(parsed) || parsed.length !== 2) return null
    const [at, id] = parsed as unknown[]
    if (typeof at !== 'string' || typeof id !== 'string' || !keyTime.test(at) || id.length > 200) return null
    return { at, id }
  } catch {
    return null
  }
}

// Lucca's three (contract §5.2); anything else would be a value Lucca added, shown as not final yet.
const statusOf = (status: string): DeliveryRow['status'] =>
  deliveryStatuses.find((known) => known === status) ?? 'undelivered'

/**
 * The account's deliveries, newest first, by keyset: each page starts after the previous page's last
 * (created_at, id), so deliveries that arrive meanwhile (newer) never shift a page. The filters map onto
 * the indexes of 0003-history (log, by endpoint, by topic, by event, by resource).
 */
export class DeliveriesLog {
  constructor(private readonly db: Database) {}

  /** A page; `cursor` from the previous page's `next`. Undefined when the cursor is not one of ours. */
  async page(accountId: string, query: DeliveriesQuery): Promise<DeliveriesPage | undefined> {
    const { limit, cursor, ...filters } = query
    const after = cursor === undefined ? null : decodeCursor(cursor)
    if (cursor !== undefined && after === null) return undefined
    const rows = await readLog(this.db, accountId, filters, limit + 1, after)
    const items = rows.slice(0, limit)
    const last = rows[limit - 1]
    return { items: items.map(toRow), next: rows.length > limit && last ? encodeCursor(keyOf(last)) : null }
  }

  /** Up to `cap` rows the filters match, newest first, read a page at a time (the exports). */
  async *all(accountId: string, filters: DeliveriesFilters, cap: number): AsyncGenerator<DeliveryRow> {
    let after: Key | null = null
    let left = cap
    while (left > 0) {
      const batch = Math.min(1000, left)
      const rows = await readLog(this.db, accountId, filters, batch, after)
      yield* rows.map(toRow)
      const last = rows.at(-1)
      if (!last || rows.length < batch) return
      left -= rows.length
      after = keyOf(last)
    }
  }

  /** Whether more than `cap` rows match: the exports say they were cut. */
  async exceeds(accountId: string, filters: DeliveriesFilters, cap: number): Promise<boolean> {
    const rows = await filtered(this.db, accountId, filters).select('d.id').offset(cap).limit(1).execute()
    return rows.length > 0
  }
}

function readLog(
  db: Database,
  accountId: string,
  filters: DeliveriesFilters,
  limit: number,
  after: Key | null,
) {
  let query = filtered(db, accountId, filters)
    .leftJoin('lucca_endpoints as e', (join) =>
      join.onRef('e.account_id', '=', 'd.account_id').onRef('e.id', '=', 'd.endpoint_id'),
    )
    .select([
      'd.id',
      'd.url',
      'd.endpoint_id',
      'd.event_id',
      'd.topic',
      'd.resource_id',
      'd.status',
      'd.attempts_count',
      'd.next_attempt_at',
      'd.created_at',
      'd.last_attempt_at',
      'd.last_status_code',
      'd.delivered_at',
      'e.name as endpoint_name',
      'e.webhook_url as endpoint_webhook_url',
      sql<boolean>`e.gone_at is not null`.as('endpoint_deleted'),
      // The key as text: a JS Date would drop the microseconds, and the next page would repeat or skip.
      sql<string>`to_char(d.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('key_at'),
    ])
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit)
  if (after) query = query.where(sql<boolean>`(d.created_at, d.id) < (${after.at}::timestamptz, ${after.id})`)
  return query.execute()
}

/** `from` is inclusive, `to` exclusive: consecutive ranges never count a delivery twice. */
function filtered(db: Database, accountId: string, filters: DeliveriesFilters) {
  let query = db.selectFrom('lucca_deliveries as d').where('d.account_id', '=', accountId)
  if (filters.endpoint) query = query.where('d.endpoint_id', '=', filters.endpoint)
  if (filters.topic) query = query.where('d.topic', '=', filters.topic)
  if (filters.status && filters.status.length > 0) query = query.where('d.status', 'in', filters.status)
  // `none`: attempted, and no HTTP answer (timeout, connection error); a delivery not tried yet has no code either.
  if (filters.code === 'none')
    query = query.where('d.last_status_code', 'is', null).where('d.attempts_count', '>', 0)
  else if (filters.code) query = query.where('d.last_status_code', '=', Number(filters.code))
  if (filters.from) query = query.where('d.created_at', '>=', new Date(filters.from))
  if (filters.to) query = query.where('d.created_at', '<', new Date(filters.to))
  if (filters.event) query = query.where('d.event_id', '=', filters.event)
  if (filters.resource) query = query.where('d.resource_id', '=', filters.resource)
  return query
}

type LogRow = Awaited<ReturnType<typeof readLog>>[number]

const keyOf = (row: LogRow): Key => ({ at: row.key_at, id: row.id })

function toRow(row: LogRow): DeliveryRow {
  return {
    id: row.id,
    url: row.url,
    endpointId: row.endpoint_id,
    endpointName: row.endpoint_name,
    endpointWebhookUrl: row.endpoint_webhook_url,
    endpointDeleted: row.endpoint_deleted === true,
    eventId: row.event_id,
    topic: row.topic,
    resourceId: row.resource_id,
    status: statusOf(row.status),
    attemptsCount: row.attempts_count,
    nextAttemptAt: row.next_attempt_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    lastAttemptAt: row.last_attempt_at?.toISOString() ?? null,
    lastStatusCode: row.last_status_code,
    deliveredAt: row.delivered_at?.toISOString() ?? null,
  }
}
