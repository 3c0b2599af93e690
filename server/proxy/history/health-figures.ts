import { sql } from 'kysely'
import type { Database } from '../../db/database.ts'
import { HEALTH_WINDOW_MS, type HealthFigures } from './health.ts'

/**
 * Every endpoint's figures over the health window, in one statement: one grouped pass over the window's
 * deliveries (the (account_id, endpoint_id, created_at) index), whose own last attempt is the failure of one
 * that failed or is being retried; and, for the few delivered only after a retry, their latest failed
 * attempt from lucca_attempts (its by-delivery index). `only`: one endpoint's.
 */
export async function healthFigures(
  db: Database,
  accountId: string,
  now: number,
  only?: string,
): Promise<Map<string, HealthFigures>> {
  const since = new Date(now - HEALTH_WINDOW_MS)
  const windowed = (alias: 'd' | 'r') => {
    let query = db
      .selectFrom(`lucca_deliveries as ${alias}`)
      .where(`${alias}.account_id`, '=', accountId)
      .where(`${alias}.created_at`, '>=', since)
    if (only !== undefined) query = query.where(`${alias}.endpoint_id`, '=', only)
    return query
  }
  const unfinishedFailure = sql<boolean>`d.status <> 'delivered' and d.attempts_count > 0`
  const counts = windowed('d')
    .select((eb) => [
      'd.endpoint_id',
      sql<number>`(count(*) filter (where d.status = 'delivered'))::int`.as('delivered'),
      sql<number>`(count(*) filter (where d.status = 'failed'))::int`.as('failed'),
      sql<number>`(count(*) filter (where d.status = 'undelivered' and d.attempts_count > 0))::int`.as(
        'retrying',
      ),
      eb.fn.max('d.delivered_at').as('last_delivery_at'),
      sql<Date | null>`max(d.last_attempt_at) filter (where d.status = 'failed')`.as('last_failed_at'),
      sql<Date | null>`max(d.last_attempt_at) filter (where ${unfinishedFailure})`.as('failure_at'),
      sql<
        number | null
      >`(array_agg(d.last_status_code order by d.last_attempt_at desc) filter (where ${unfinishedFailure}))[1]`.as(
        'failure_code',
      ),
    ])
    .groupBy('d.endpoint_id')
  const retried = windowed('r')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('lucca_attempts as a')
          .select(['a.created_at', 'a.status_code'])
          .whereRef('a.account_id', '=', 'r.account_id')
          .whereRef('a.delivery_id', '=', 'r.id')
          .where('a.is_successful', '=', false)
          .orderBy('a.created_at', 'desc')
          .limit(1)
          .as('x'),
      (join) => join.onTrue(),
    )
    .distinctOn('r.endpoint_id')
    .select(['r.endpoint_id', 'x.created_at', 'x.status_code'])
    .where('r.status', '=', 'delivered')
    .where('r.attempts_count', '>', 1)
    .orderBy('r.endpoint_id')
    .orderBy('x.created_at', 'desc')
  const rows = await db.transaction().execute(async (tx) => {
    // PostgreSQL's JIT would cost more than this whole query saves (it compiles for ~0.5 s).
    await sql`set local jit = off`.execute(tx)
    return tx
      .selectFrom(counts.as('c'))
      .leftJoin(retried.as('t'), 't.endpoint_id', 'c.endpoint_id')
      .selectAll('c')
      .select(['t.created_at as retried_at', 't.status_code as retried_code'])
      .execute()
  })
  const figures = new Map<string, HealthFigures>()
  for (const row of rows) {
    const retriedLater =
      row.retried_at !== null && (row.failure_at === null || row.retried_at > row.failure_at)
    figures.set(row.endpoint_id, {
      delivered: row.delivered,
      failed: row.failed,
      retrying: row.retrying,
      lastDeliveryAt: row.last_delivery_at,
      lastFailedAt: row.last_failed_at,
      lastFailureAt: retriedLater ? row.retried_at : row.failure_at,
      lastFailureCode: retriedLater ? row.retried_code : row.failure_code,
    })
  }
  return figures
}
