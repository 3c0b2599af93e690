import { randomBytes, randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import {
  AlertRuleSchema,
  AlertSigningSecretSchema,
  type Alert,
  type AlertDispatch,
  type AlertRule,
  type AlertsPage,
  type AlertSigningSecret,
} from '../../contract/console-alerts-api.ts'
import type { Database } from '../db/database.ts'

type RuleInput = Omit<AlertRule, 'id' | 'updatedAt' | 'updatedBy'>

/** The address or hook shown to admins: a hook's path may hold its token (Slack, Teams), so only its host. */
function maskedTarget(kind: string, destination: string): string {
  if (kind === 'email' || kind === 'endpoint-owner') return destination
  try {
    return `${new URL(destination).host}/…`
  } catch {
    return '…'
  }
}

/** The rules, alerts and outbox of every account, in the database every replica shares. */
export class AlertStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  async rules(accountId: string): Promise<AlertRule[]> {
    const rows = await this.db
      .selectFrom('alert_rules')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('name')
      .orderBy('id')
      .execute()
    return rows.map(ruleOf)
  }

  async enabledRules(): Promise<(AlertRule & { accountId: string })[]> {
    const rows = await this.db.selectFrom('alert_rules').selectAll().where('enabled', '=', true).execute()
    return rows.map((row) => ({ ...ruleOf(row), accountId: row.account_id }))
  }

  /** Creates (`id` null) or replaces a rule; `alongside` (the audit row) runs in the same transaction. */
  async saveRule(
    accountId: string,
    id: string | null,
    rule: RuleInput,
    username: string,
    alongside: (tx: Database, rule: AlertRule) => Promise<unknown>,
  ): Promise<AlertRule | null> {
    const values = {
      name: rule.name,
      enabled: rule.enabled,
      condition: rule.condition,
      endpoint_id: rule.endpointId,
      percent: rule.percent,
      minutes: rule.minutes,
      min_deliveries: rule.minDeliveries,
      hours: rule.hours,
      notify_recovery: rule.notifyRecovery,
      recipients: JSON.stringify(rule.recipients),
      updated_at: new Date(this.now()),
      updated_by: username,
    }
    return this.db.transaction().execute(async (tx) => {
      const row = id
        ? await tx
            .updateTable('alert_rules')
            .set(values)
            .where('account_id', '=', accountId)
            .where('id', '=', id)
            .returningAll()
            .executeTakeFirst()
        : await tx
            .insertInto('alert_rules')
            .values({ account_id: accountId, id: randomUUID(), ...values })
            .returningAll()
            .executeTakeFirstOrThrow()
      if (!row) return null
      const saved = ruleOf(row)
      await alongside(tx, saved)
      return saved
    })
  }

  async deleteRule(
    accountId: string,
    id: string,
    alongside: (tx: Database, rule: AlertRule) => Promise<unknown>,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx
        .deleteFrom('alert_rules')
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
      if (!row) return false
      await alongside(tx, ruleOf(row))
      return true
    })
  }

  /** Newest first; `before` is the last alert's id of the previous page. */
  async alerts(
    accountId: string,
    query: { state?: 'open' | 'closed' | undefined; limit: number; before?: string | undefined },
  ): Promise<AlertsPage> {
    let rows = this.db
      .selectFrom('alerts as a')
      .leftJoin('lucca_endpoints as e', (join) =>
        join.onRef('e.account_id', '=', 'a.account_id').onRef('e.id', '=', 'a.endpoint_id'),
      )
      .select([
        'a.id',
        'a.rule_id',
        'a.rule_name',
        'a.condition',
        'a.endpoint_id',
        'a.opened_at',
        'a.closed_at',
        'a.failed_deliveries',
        'a.last_failure_code',
        'a.last_failure_at',
        'e.name as endpoint_name',
        'e.url as endpoint_url',
      ])
      .where('a.account_id', '=', accountId)
    if (query.state === 'open') rows = rows.where('a.closed_at', 'is', null)
    if (query.state === 'closed') rows = rows.where('a.closed_at', 'is not', null)
    if (query.before) {
      const cursor = await this.db
        .selectFrom('alerts')
        .select(['opened_at', 'id'])
        .where('account_id', '=', accountId)
        .where('id', '=', query.before)
        .executeTakeFirst()
      if (cursor) rows = rows.where(sql<boolean>`(a.opened_at, a.id) < (${cursor.opened_at}, ${cursor.id})`)
    }
    const found = await rows
      .orderBy('a.opened_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(query.limit + 1)
      .execute()
    const page = found.slice(0, query.limit)
    const dispatches = page.length
      ? await this.db
          .selectFrom('alert_dispatches')
          .selectAll()
          .where('account_id', '=', accountId)
          .where(
            'alert_id',
            'in',
            page.map((row) => row.id),
          )
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      : []
    const failing = await this.db
      .selectFrom('alert_dispatches')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('account_id', '=', accountId)
      .where('status', '=', 'failing')
      .executeTakeFirstOrThrow()
    const items: Alert[] = page.map((row) => ({
      id: row.id,
      ruleId: row.rule_id,
      ruleName: row.rule_name,
      condition: row.condition as Alert['condition'],
      endpointId: row.endpoint_id,
      endpointName: row.endpoint_name ?? null,
      endpointUrl: row.endpoint_url ?? '',
      openedAt: row.opened_at.toISOString(),
      closedAt: row.closed_at?.toISOString() ?? null,
      failedDeliveries: row.failed_deliveries,
      lastFailureCode: row.last_failure_code,
      lastFailureAt: row.last_failure_at?.toISOString() ?? null,
      dispatches: dispatches.filter((d) => d.alert_id === row.id).map(dispatchOf),
    }))
    return {
      items,
      next: found.length > query.limit ? (page.at(-1)?.id ?? null) : null,
      failingDispatches: failing.count,
    }
  }

  /** A failing or waiting message is tried again now; false when there is none such on the account. */
  async retryNow(accountId: string, dispatchId: string): Promise<boolean> {
    const row = await this.db
      .updateTable('alert_dispatches')
      .set({ next_attempt_at: new Date(this.now()) })
      .where('account_id', '=', accountId)
      .where('id', '=', dispatchId)
      .where('status', '<>', 'sent')
      .returning('id')
      .executeTakeFirst()
    return row !== undefined
  }

  async hasSigningSecret(accountId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('alert_signing_secrets')
      .select('account_id')
      .where('account_id', '=', accountId)
      .executeTakeFirst()
    return row !== undefined
  }

  /** The account's `whsec_` secret for the signed hooks, made on first need. */
  async signingSecret(accountId: string): Promise<AlertSigningSecret> {
    await this.db
      .insertInto('alert_signing_secrets')
      .values({ account_id: accountId, secret: newSecret(), created_at: new Date(this.now()) })
      .onConflict((conflict) => conflict.column('account_id').doNothing())
      .execute()
    const row = await this.db
      .selectFrom('alert_signing_secrets')
      .selectAll()
      .where('account_id', '=', accountId)
      .executeTakeFirstOrThrow()
    return AlertSigningSecretSchema.parse({ secret: row.secret, createdAt: row.created_at.toISOString() })
  }

  async rotateSigningSecret(
    accountId: string,
    alongside: (tx: Database) => Promise<unknown>,
  ): Promise<AlertSigningSecret> {
    const values = { secret: newSecret(), created_at: new Date(this.now()) }
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('alert_signing_secrets')
        .values({ account_id: accountId, ...values })
        .onConflict((conflict) => conflict.column('account_id').doUpdateSet(values))
        .execute()
      await alongside(tx)
    })
    return { secret: values.secret, createdAt: values.created_at.toISOString() }
  }
}

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`

function ruleOf(row: {
  id: string
  name: string
  enabled: boolean
  condition: string
  endpoint_id: string | null
  percent: number
  minutes: number
  min_deliveries: number
  hours: number
  notify_recovery: boolean
  recipients: unknown
  updated_at: Date
  updated_by: string
}): AlertRule {
  // Checked on the way out as on the way in: a row edited by hand cannot send to a malformed recipient.
  return AlertRuleSchema.parse({
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    condition: row.condition as AlertRule['condition'],
    endpointId: row.endpoint_id,
    percent: row.percent,
    minutes: row.minutes,
    minDeliveries: row.min_deliveries,
    hours: row.hours,
    notifyRecovery: row.notify_recovery,
    recipients: row.recipients,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
  })
}

function dispatchOf(row: {
  id: string
  message: 'opened' | 'recovered'
  kind: string
  destination: string
  language: string
  status: 'pending' | 'sent' | 'failing'
  attempts: number
  last_attempt_at: Date | null
  next_attempt_at: Date
  last_error: string | null
  sent_at: Date | null
}): AlertDispatch {
  return {
    id: row.id,
    message: row.message,
    kind: row.kind as AlertDispatch['kind'],
    target: maskedTarget(row.kind, row.destination),
    language: row.language as AlertDispatch['language'],
    status: row.status,
    attempts: row.attempts,
    lastAttemptAt: row.last_attempt_at?.toISOString() ?? null,
    nextAttemptAt: row.status === 'sent' ? null : row.next_attempt_at.toISOString(),
    lastError: row.last_error,
    sentAt: row.sent_at?.toISOString() ?? null,
  }
}
