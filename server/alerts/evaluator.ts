import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { AlertRule } from '../../contract/console-alerts-api.ts'
import type { Database } from '../db/database.ts'
import type { AlertStore } from './alert-store.ts'

const WINDOW_MS = 7 * 24 * 3600_000
const OPENED_GRACE_MS = 30_000

interface EndpointState {
  id: string
  status: string
  lastCode: number | null
  lastOk: boolean | null
  lastSuccessAt: Date | null
  lastFailureAt: Date | null
  lastFailureCode: number | null
}

/**
 * Whether each rule's condition holds, per endpoint, from the history the collector keeps (never from Lucca):
 * - `suspended`: Lucca's status for it is `suspended`;
 * - `receiver-gone`: its latest attempt was answered 404 or 410;
 * - `low-success-rate`: of its deliveries of the last `minutes` that were attempted, at least
 *   `minDeliveries`, fewer than `percent` % were delivered;
 * - `silent`: nothing was made for it in the last `hours`, though something was in the 7 days before.
 * An alert opens when the condition starts to hold (one per rule and endpoint: the database's unique index
 * makes it so across replicas) and closes when it no longer does: re-activated, answering again.
 */
export class AlertEvaluator {
  constructor(
    private readonly db: Database,
    private readonly store: AlertStore,
    private readonly now: () => number,
  ) {}

  async run(): Promise<void> {
    const rules = await this.store.enabledRules()
    const byAccount = new Map<string, AlertRule[]>()
    for (const rule of rules) byAccount.set(rule.accountId, [...(byAccount.get(rule.accountId) ?? []), rule])
    for (const [accountId, accountRules] of byAccount) await this.account(accountId, accountRules)
    await this.closeOrphans(new Set(rules.map((rule) => `${rule.accountId}/${rule.id}`)))
  }

  private async account(accountId: string, rules: AlertRule[]): Promise<void> {
    const now = this.now()
    const states = await this.endpointStates(accountId, now)
    for (const rule of rules) {
      const holding = await this.holding(accountId, rule, states, now)
      const open = await this.db
        .selectFrom('alerts')
        .select(['id', 'endpoint_id'])
        .where('account_id', '=', accountId)
        .where('rule_id', '=', rule.id)
        .where('closed_at', 'is', null)
        .execute()
      const openIds = new Set(open.map((alert) => alert.endpoint_id))
      for (const endpointId of holding)
        if (!openIds.has(endpointId))
          await this.open(accountId, rule, endpointId, states.get(endpointId), now)
      for (const alert of open) {
        await this.backfill(accountId, alert.id, alert.endpoint_id, states.get(alert.endpoint_id))
        await this.refresh(accountId, alert.id, now)
        if (!holding.has(alert.endpoint_id)) await this.close(accountId, rule, alert.id, now)
      }
    }
  }

  /** Every endpoint still at Lucca: its status, and its latest attempt over the last 7 days. */
  private async endpointStates(accountId: string, now: number): Promise<Map<string, EndpointState>> {
    const attempts = this.db
      .selectFrom('lucca_deliveries as d')
      .innerJoin('lucca_attempts as a', (join) =>
        join.onRef('a.account_id', '=', 'd.account_id').onRef('a.delivery_id', '=', 'd.id'),
      )
      .where('d.account_id', '=', accountId)
      .where('d.created_at', '>=', new Date(now - WINDOW_MS))
      .groupBy('d.endpoint_id')
      .select([
        'd.endpoint_id',
        sql<number | null>`(array_agg(a.status_code order by a.created_at desc, a.id desc))[1]`.as(
          'last_code',
        ),
        sql<boolean | null>`(array_agg(a.is_successful order by a.created_at desc, a.id desc))[1]`.as(
          'last_ok',
        ),
        sql<Date | null>`max(a.created_at) filter (where a.is_successful)`.as('last_success_at'),
        sql<Date | null>`max(a.created_at) filter (where not a.is_successful)`.as('last_failure_at'),
        sql<
          number | null
        >`(array_agg(a.status_code order by a.created_at desc, a.id desc) filter (where not a.is_successful))[1]`.as(
          'last_failure_code',
        ),
      ])
    const rows = await this.db
      .selectFrom('lucca_endpoints as e')
      .leftJoin(attempts.as('x'), 'x.endpoint_id', 'e.id')
      .select([
        'e.id',
        'e.status',
        'x.last_code',
        'x.last_ok',
        'x.last_success_at',
        'x.last_failure_at',
        'x.last_failure_code',
      ])
      .where('e.account_id', '=', accountId)
      .where('e.gone_at', 'is', null)
      .execute()
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          status: row.status,
          lastCode: row.last_code ?? null,
          lastOk: row.last_ok ?? null,
          lastSuccessAt: row.last_success_at ?? null,
          lastFailureAt: row.last_failure_at ?? null,
          lastFailureCode: row.last_failure_code ?? null,
        },
      ]),
    )
  }

  private async holding(
    accountId: string,
    rule: AlertRule,
    states: Map<string, EndpointState>,
    now: number,
  ): Promise<Set<string>> {
    const scope = [...states.values()].filter(
      (state) => rule.endpointId === null || state.id === rule.endpointId,
    )
    switch (rule.condition) {
      case 'suspended':
        return new Set(scope.filter((state) => state.status === 'suspended').map((state) => state.id))
      case 'receiver-gone':
        return new Set(
          scope
            .filter((state) => state.lastOk === false && (state.lastCode === 404 || state.lastCode === 410))
            .map((state) => state.id),
        )
      case 'low-success-rate': {
        const counts = await this.db
          .selectFrom('lucca_deliveries')
          .select([
            'endpoint_id',
            sql<number>`count(*)::int`.as('total'),
            sql<number>`(count(*) filter (where status = 'delivered'))::int`.as('delivered'),
          ])
          .where('account_id', '=', accountId)
          .where('created_at', '>=', new Date(now - rule.minutes * 60_000))
          .where((eb) => eb.or([eb('attempts_count', '>', 0), eb('status', '<>', 'undelivered')]))
          .groupBy('endpoint_id')
          .execute()
        const inScope = new Set(scope.map((state) => state.id))
        return new Set(
          counts
            .filter(
              (row) =>
                inScope.has(row.endpoint_id) &&
                row.total >= rule.minDeliveries &&
                row.delivered * 100 < rule.percent * row.total,
            )
            .map((row) => row.endpoint_id),
        )
      }
      case 'silent': {
        const since = new Date(now - rule.hours * 3600_000)
        const rows = await this.db
          .selectFrom('lucca_deliveries')
          .select(['endpoint_id', sql<Date>`max(created_at)`.as('latest')])
          .where('account_id', '=', accountId)
          .where('created_at', '>=', new Date(since.getTime() - WINDOW_MS))
          .groupBy('endpoint_id')
          .execute()
        const inScope = new Set(scope.filter((state) => state.status === 'active').map((state) => state.id))
        return new Set(
          rows
            .filter((row) => inScope.has(row.endpoint_id) && row.latest < since)
            .map((row) => row.endpoint_id),
        )
      }
    }
  }

  private async open(
    accountId: string,
    rule: AlertRule,
    endpointId: string,
    state: EndpointState | undefined,
    now: number,
  ): Promise<void> {
    const detectedAt = new Date(now)
    const openedAt = (await this.failingSince(accountId, endpointId, state)) ?? detectedAt
    await this.db.transaction().execute(async (tx) => {
      const inserted = await tx
        .insertInto('alerts')
        .values({
          account_id: accountId,
          id: randomUUID(),
          rule_id: rule.id,
          rule_name: rule.name,
          condition: rule.condition,
          endpoint_id: endpointId,
          opened_at: openedAt,
          detected_at: detectedAt,
          last_failure_code: state?.lastFailureCode ?? null,
          last_failure_at: state?.lastFailureAt ?? null,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['account_id', 'rule_id', 'endpoint_id'])
            .where('closed_at', 'is', null)
            .doNothing(),
        )
        .returning('id')
        .executeTakeFirst()
      // Another replica opened it first: it queued the messages.
      if (inserted) await queue(tx, accountId, inserted.id, 'opened', rule, endpointId, detectedAt)
    })
    const alert = await this.db
      .selectFrom('alerts')
      .select('id')
      .where('account_id', '=', accountId)
      .where('rule_id', '=', rule.id)
      .where('endpoint_id', '=', endpointId)
      .where('closed_at', 'is', null)
      .executeTakeFirst()
    if (alert) await this.refresh(accountId, alert.id, now)
  }

  /** An alert opened before the collector read the attempts: its start and last failure, once they are known. */
  private async backfill(
    accountId: string,
    alertId: string,
    endpointId: string,
    state: EndpointState | undefined,
  ) {
    if (!state?.lastFailureAt) return
    const since = await this.failingSince(accountId, endpointId, state)
    await this.db
      .updateTable('alerts')
      .set({
        last_failure_code: state.lastFailureCode,
        last_failure_at: state.lastFailureAt,
        ...(since ? { opened_at: since } : {}),
      })
      .where('account_id', '=', accountId)
      .where('id', '=', alertId)
      .where('last_failure_at', 'is', null)
      .execute()
  }

  /** The first failed attempt after its last success: when the outage began, as near as the history says. */
  private async failingSince(
    accountId: string,
    endpointId: string,
    state: EndpointState | undefined,
  ): Promise<Date | null> {
    if (!state?.lastFailureAt) return null
    const row = await this.db
      .selectFrom('lucca_deliveries as d')
      .innerJoin('lucca_attempts as a', (join) =>
        join.onRef('a.account_id', '=', 'd.account_id').onRef('a.delivery_id', '=', 'd.id'),
      )
      .select(sql<Date | null>`min(a.created_at)`.as('at'))
      .where('d.account_id', '=', accountId)
      .where('d.endpoint_id', '=', endpointId)
      .where('a.is_successful', '=', false)
      .$if(state.lastSuccessAt !== null, (query) =>
        query.where('a.created_at', '>', state.lastSuccessAt as Date),
      )
      .$if(state.lastSuccessAt === null, (query) =>
        query.where('d.created_at', '>=', new Date((state.lastFailureAt as Date).getTime() - WINDOW_MS)),
      )
      .executeTakeFirst()
    return row?.at ?? null
  }

  /**
   * What failed since it opened, and the last failure: the figures its messages and page give. Neither goes
   * back when the held deliveries are delivered after a re-activation: they failed while it was open.
   */
  private async refresh(accountId: string, alertId: string, now: number): Promise<void> {
    await sql`
      update alerts a set
        failed_deliveries = greatest(a.failed_deliveries, f.failed),
        last_failure_code = coalesce(f.code, a.last_failure_code),
        last_failure_at = coalesce(f.at, a.last_failure_at)
      from (
        select
          (count(*) filter (where d.status = 'failed' or (d.status = 'undelivered' and d.attempts_count > 0)))::int as failed,
          (array_agg(d.last_status_code order by d.last_attempt_at desc nulls last) filter (where d.status <> 'delivered' and d.attempts_count > 0))[1] as code,
          max(d.last_attempt_at) filter (where d.status <> 'delivered' and d.attempts_count > 0) as at
        from alerts x
        join lucca_deliveries d on d.account_id = x.account_id and d.endpoint_id = x.endpoint_id
          and d.created_at >= x.opened_at - interval '1 minute'
          and d.created_at <= coalesce(x.closed_at, ${new Date(now)})
        where x.account_id = ${accountId} and x.id = ${alertId}
      ) f
      where a.account_id = ${accountId} and a.id = ${alertId}`.execute(this.db)
  }

  private async close(accountId: string, rule: AlertRule, alertId: string, now: number): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const closed = await tx
        .updateTable('alerts')
        .set({ closed_at: new Date(now) })
        .where('account_id', '=', accountId)
        .where('id', '=', alertId)
        .where('closed_at', 'is', null)
        .returning('endpoint_id')
        .executeTakeFirst()
      if (closed && rule.notifyRecovery)
        await queue(tx, accountId, alertId, 'recovered', rule, closed.endpoint_id, new Date(now))
    })
  }

  /** Open alerts of a rule removed or switched off: closed without a message (nobody asked for it any more). */
  private async closeOrphans(live: Set<string>): Promise<void> {
    const open = await this.db
      .selectFrom('alerts')
      .select(['account_id', 'id', 'rule_id'])
      .where('closed_at', 'is', null)
      .execute()
    for (const alert of open.filter((row) => !live.has(`${row.account_id}/${row.rule_id}`)))
      await this.db
        .updateTable('alerts')
        .set({ closed_at: new Date(this.now()) })
        .where('account_id', '=', alert.account_id)
        .where('id', '=', alert.id)
        .where('closed_at', 'is', null)
        .execute()
  }
}

/** One message per recipient into the outbox, in the transaction that opened or closed the alert. */
async function queue(
  tx: Database,
  accountId: string,
  alertId: string,
  message: 'opened' | 'recovered',
  rule: AlertRule,
  endpointId: string,
  at: Date,
): Promise<void> {
  const owner = rule.recipients.some((recipient) => recipient.kind === 'endpoint-owner')
    ? await tx
        .selectFrom('endpoint_notes')
        .select('owner_email')
        .where('account_id', '=', accountId)
        .where('endpoint_id', '=', endpointId)
        .executeTakeFirst()
    : undefined
  for (const recipient of rule.recipients) {
    const destination =
      recipient.kind === 'email'
        ? recipient.address
        : recipient.kind === 'endpoint-owner'
          ? owner?.owner_email
          : recipient.url
    // An endpoint whose notes name no owner's address: nobody to write to for that recipient.
    if (!destination) continue
    await tx
      .insertInto('alert_dispatches')
      .values({
        account_id: accountId,
        id: randomUUID(),
        alert_id: alertId,
        message,
        kind: recipient.kind,
        destination,
        language: recipient.language,
        status: 'pending',
        // The collector reads a delivery's attempts after the delivery: an opening message waits that long, so
        // that it names the last answer.
        next_attempt_at: message === 'opened' ? new Date(at.getTime() + OPENED_GRACE_MS) : at,
        created_at: at,
      })
      .onConflict((conflict) => conflict.doNothing())
      .execute()
  }
}
