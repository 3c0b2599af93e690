import { sql } from 'kysely'
import type { Database } from '../../server/db/database.ts'

export const ACCOUNT = 'acme'
const API = 'https://acme.ilucca.net/lucca-api'
const ENDPOINTS = 200
/** Distinct resource ids (employees): each is the subject of deliveries / RESOURCES deliveries. */
const RESOURCES = 5000
/** The newest delivery's time; each older one 34.56 s before the next, so 1,000,000 span 400 days. */
export const NEWEST = Date.parse('2026-12-01T00:00:00Z')
export const SPACING_MS = 34_560

/**
 * `count` deliveries of one account as the collector stores them, with their events and 200 endpoints,
 * written by `insert … select generate_series` in batches. Every 50th delivery failed, every 50th (another)
 * is being retried, the rest were delivered; endpoints, topics and resources are spread evenly.
 */
export async function bulkHistory(db: Database, count: number, batch = 100_000): Promise<void> {
  // Constants as literals: as parameters, PostgreSQL could not tell the type of `'…' || $1`.
  const api = sql.lit(API)
  const account = sql.lit(ACCOUNT)
  const resources = sql.lit(RESOURCES)
  const endpoints = sql.lit(ENDPOINTS)
  const newest = sql.lit(NEWEST / 1000)
  await sql`
    insert into lucca_endpoints
      (account_id, id, url, name, webhook_url, status, topics, created_at, first_seen_at, last_seen_at, raw)
    select ${account}, 'ep-' || e, ${api} || '/webhook-endpoints/ep-' || e, 'Endpoint ' || e,
      'https://hooks.example.com/' || e, 'active', array['employee.updated'], now(), now(), now(),
      jsonb_build_object('id', 'ep-' || e, 'type', 'webhook-endpoint', 'status', 'active',
        'url', ${api} || '/webhook-endpoints/ep-' || e, 'webhookUrl', 'https://hooks.example.com/' || e)
    from generate_series(0, ${endpoints} - 1) e`.execute(db)
  const rebuild = await withoutIndexes(db, ['lucca_deliveries', 'lucca_events'])
  const batches = (insert: (from: number, to: number) => Promise<unknown>) => async () => {
    for (let from = 0; from < count; from += batch) await insert(from, Math.min(count, from + batch) - 1)
  }
  const at = sql`to_timestamp(${newest}) - i * interval '34.56 seconds'`
  const topic = sql`(array['employee.created', 'employee.updated', 'leave.created', 'leave.updated'])[1 + i % 4]`
  const resource = sql`'employee-' || (i % ${resources})`
  // Events and deliveries side by side, on two connections (PostgreSQL's; the embedded engine has one).
  await Promise.all([
    batches((from, to) =>
      sql`
        insert into lucca_events (account_id, id, topic, occurred_at, resource_id, raw)
        select ${account}, 'ev-' || i, ${topic}, ${at}, ${resource},
          jsonb_build_object('id', 'ev-' || i, 'type', 'event', 'topic', ${topic}, 'occurredAt', ${at},
            'data', jsonb_build_object('id', ${resource}, 'type', 'employee'))
        from generate_series(${from}::int, ${to}::int) i`.execute(db),
    )(),
    batches((from, to) =>
      sql`
        insert into lucca_deliveries (account_id, id, url, endpoint_id, event_id, topic, resource_id, status,
          attempts_count, next_attempt_at, created_at, first_seen_at, last_read_at, last_attempt_at,
          last_status_code, delivered_at, raw)
        select ${account}, d.id, ${api} || '/webhook-deliveries/' || d.id, 'ep-' || (i % ${endpoints}),
          'ev-' || i, ${topic}, ${resource}, d.status, d.attempts, d.next_at, d.at, d.at, d.at, d.at, d.code,
          case when d.status = 'delivered' then d.at end,
          jsonb_build_object('id', d.id, 'type', 'webhook-delivery',
            'url', ${api} || '/webhook-deliveries/' || d.id, 'status', d.status, 'attemptsCount', d.attempts,
            'nextAttemptAt', d.next_at,
            'webhookEndpoint', jsonb_build_object('id', 'ep-' || (i % ${endpoints}),
              'url', ${api} || '/webhook-endpoints/ep-' || (i % ${endpoints})),
            'event', jsonb_build_object('id', 'ev-' || i, 'url', ${api} || '/events/ev-' || i))
        from generate_series(${from}::int, ${to}::int) i,
          lateral (select md5('delivery-' || i)::uuid::text as id, ${at} as at,
            case i % 50 when 0 then 'failed' when 1 then 'undelivered' else 'delivered' end as status,
            case i % 50 when 0 then 5 when 1 then 2 else 1 end as attempts,
            case i % 50 when 0 then 500 when 1 then 503 else 202 end as code,
            case i % 50 when 1 then ${at} + interval '10 minutes' end as next_at) d`.execute(db),
    )(),
  ])
  await rebuild()
  await sql`analyze`.execute(db)
}

/**
 * Drops the tables' keys and indexes and answers the function that makes them again, exactly as the
 * migrations defined them (read back from the catalog): one sort per index instead of a million inserts into
 * each, the usual way to bulk-load.
 */
async function withoutIndexes(db: Database, tables: string[]): Promise<() => Promise<void>> {
  const { rows: keys } = await sql<{ table: string; name: string; definition: string }>`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint where contype = 'p' and conrelid::regclass::text in (${sql.join(tables)})`.execute(db)
  const { rows: indexes } = await sql<{ name: string; definition: string }>`
    select indexname as name, indexdef as definition from pg_indexes
    where tablename in (${sql.join(tables)}) and indexname not in (${sql.join(keys.map((key) => key.name))})`.execute(
    db,
  )
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db)
  for (const key of keys)
    await sql`alter table ${sql.id(key.table)} drop constraint ${sql.id(key.name)}`.execute(db)
  const steps = [
    ...keys.map(
      (key) =>
        sql`alter table ${sql.id(key.table)} add constraint ${sql.id(key.name)} ${sql.raw(key.definition)}`,
    ),
    ...indexes.map((index) => sql.raw(index.definition)),
  ]
  // Two at a time: two cores.
  return async () => {
    const next = async (): Promise<void> => {
      const step = steps.shift()
      if (!step) return
      await step.execute(db)
      return next()
    }
    await Promise.all([next(), next()])
  }
}
