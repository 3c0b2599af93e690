import { sql } from 'kysely'
import {
  codeClasses,
  type CodeClass,
  type Stats,
  type StatsBucket,
  type StatsQuery,
  type StatsRange,
} from '../../../contract/console-history-stats-api.ts'
import type { Database } from '../../db/database.ts'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Each range's buckets: hourly over a day, 6-hourly over a week (28 bars), daily beyond. */
const rangeBuckets: Record<StatsRange, { size: number; count: number }> = {
  '24h': { size: HOUR, count: 24 },
  '7d': { size: 6 * HOUR, count: 28 },
  '30d': { size: DAY, count: 30 },
  '90d': { size: DAY, count: 90 },
}

const classOf = (code: number | null): CodeClass =>
  code === null ? 'none' : (codeClasses.find((known) => known === `${Math.floor(code / 100)}xx`) ?? 'none')

/**
 * The charts' figures over a span ending with the bucket that holds `now`, in two statements: the
 * deliveries made in the span, grouped by bucket (the log's or the by-endpoint index), and the attempts
 * made in it, by bucket and exact code (0006's by-time index). Buckets are aligned on the epoch, so on UTC
 * hours and days; every size divides a day. Time to delivery is from the delivery's creation, which is its
 * first attempt or, when the collector saw it first, earlier (0003-history).
 */
export async function deliveryStats(
  db: Database,
  accountId: string,
  query: StatsQuery,
  now: number,
): Promise<Stats> {
  const { size, count } = rangeBuckets[query.range]
  const end = Math.floor(now / size) * size + size
  const start = end - count * size
  const since = new Date(start)
  const interval = `${size / 1000} seconds`
  const bucketOf = (column: 'd.created_at' | 'a.created_at') =>
    sql<Date>`date_bin(${interval}::interval, ${sql.ref(column)}, 'epoch'::timestamptz)`

  let deliveries = db
    .selectFrom('lucca_deliveries as d')
    .where('d.account_id', '=', accountId)
    .where('d.created_at', '>=', since)
  if (query.endpoint) deliveries = deliveries.where('d.endpoint_id', '=', query.endpoint)
  const deliveryRows = await deliveries
    .select([
      bucketOf('d.created_at').as('bucket'),
      sql<number>`(count(*) filter (where d.status = 'delivered'))::int`.as('delivered'),
      sql<number>`(count(*) filter (where d.status = 'failed'))::int`.as('failed'),
      sql<number>`(count(*) filter (where d.status not in ('delivered', 'failed')))::int`.as('failing'),
      sql<
        number | null
      >`percentile_cont(0.5) within group (order by extract(epoch from d.delivered_at - d.created_at))`.as(
        'p50',
      ),
      sql<
        number | null
      >`percentile_cont(0.95) within group (order by extract(epoch from d.delivered_at - d.created_at))`.as(
        'p95',
      ),
    ])
    .groupBy(sql`1`)
    .execute()

  let attempts = db
    .selectFrom('lucca_attempts as a')
    .where('a.account_id', '=', accountId)
    .where('a.created_at', '>=', since)
  if (query.endpoint) {
    const endpoint = query.endpoint
    attempts = attempts.where((eb) =>
      eb.exists(
        eb
          .selectFrom('lucca_deliveries as d')
          .select(sql`1`.as('one'))
          .whereRef('d.account_id', '=', 'a.account_id')
          .whereRef('d.id', '=', 'a.delivery_id')
          .where('d.endpoint_id', '=', endpoint),
      ),
    )
  }
  const attemptRows = await attempts
    .select([bucketOf('a.created_at').as('bucket'), 'a.status_code', sql<number>`count(*)::int`.as('count')])
    .groupBy([sql`1`, 'a.status_code'])
    .execute()

  const buckets: StatsBucket[] = Array.from({ length: count }, (_, n) => ({
    from: new Date(start + n * size).toISOString(),
    to: new Date(start + (n + 1) * size).toISOString(),
    delivered: 0,
    failing: 0,
    failed: 0,
    successRate: null,
    attempts: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, none: 0 },
    timeToDeliveryMs: { p50: null, p95: null },
  }))
  const at = (bucket: Date) => buckets[Math.floor((new Date(bucket).getTime() - start) / size)]
  const ms = (seconds: number | null) => (seconds === null ? null : Math.round(Number(seconds) * 1000))
  for (const row of deliveryRows) {
    const bucket = at(row.bucket)
    if (!bucket) continue
    const total = row.delivered + row.failed + row.failing
    Object.assign(bucket, {
      delivered: row.delivered,
      failed: row.failed,
      failing: row.failing,
      successRate: total === 0 ? null : row.delivered / total,
      timeToDeliveryMs: { p50: ms(row.p50), p95: ms(row.p95) },
    })
  }
  const byCode = new Map<string, number>()
  for (const row of attemptRows) {
    const bucket = at(row.bucket)
    if (!bucket) continue
    bucket.attempts[classOf(row.status_code)] += row.count
    const code = row.status_code === null ? 'none' : String(row.status_code)
    byCode.set(code, (byCode.get(code) ?? 0) + row.count)
  }
  const topCodes = [...byCode]
    .map(([code, total]) => ({ code, count: total }))
    .toSorted((a, b) => b.count - a.count || a.code.localeCompare(b.code))
    .slice(0, 5)
  return { range: query.range, bucketMs: size, buckets, topCodes }
}
