import { sql } from 'kysely'
import type { Database } from '../db/database.ts'
import type { Outgoing, Send } from './channels.ts'
import { renderMessage, type AlertFacts } from './messages.ts'

const FIRST_RETRY_MS = 30_000
const MAX_RETRY_MS = 30 * 60_000

/** The wait after `attempts` failures: 30 s, doubling, at most 30 minutes; never given up. */
export const retryDelay = (attempts: number) =>
  Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1))

interface OutboxOptions {
  send: Send
  /** How long a claimed message is left to its sender before another replica may try it (a crash mid-send). */
  claimMs: number
  /** Where the links in a message lead: the console's public origin. */
  origin: () => string
  now: () => number
}

/**
 * Sends what waits in the outbox, one at a time. A message is claimed (its next attempt pushed past the
 * claim) under `FOR UPDATE SKIP LOCKED`, so two replicas never take the same one; sent outside any
 * transaction; then marked sent, or failing with the reason and its next attempt.
 */
export class Outbox {
  constructor(
    private readonly db: Database,
    private readonly options: OutboxOptions,
  ) {}

  /** Sends every message due now; resolves to how many were sent. */
  async run(): Promise<number> {
    let sent = 0
    // Claimed just before it is sent: a claim of several would run out on the last ones while slow sends of
    // the first went on, and another replica would send them too.
    for (let row = await this.claim(); row; row = await this.claim()) if (await this.deliver(row)) sent += 1
    return sent
  }

  private async claim() {
    const now = new Date(this.options.now())
    const result = await sql<{
      account_id: string
      id: string
      alert_id: string
      message: 'opened' | 'recovered'
      kind: Outgoing['kind']
      destination: string
      language: 'en' | 'fr'
      attempts: number
    }>`
      update alert_dispatches set next_attempt_at = ${new Date(now.getTime() + this.options.claimMs)}, attempts = attempts + 1
      where (account_id, id) in (
        select account_id, id from alert_dispatches
        where status <> 'sent' and next_attempt_at <= ${now}
        order by next_attempt_at
        limit 1
        for update skip locked
      )
      returning account_id, id, alert_id, message, kind, destination, language, attempts`.execute(this.db)
    return result.rows[0]
  }

  private async deliver(row: NonNullable<Awaited<ReturnType<Outbox['claim']>>>): Promise<boolean> {
    const attemptAt = new Date(this.options.now())
    try {
      const facts = await this.factsOf(row.account_id, row.alert_id, row.message)
      if (!facts) throw new Error('the alert is gone')
      const rendered = renderMessage(facts, row.language)
      await this.options.send(row.account_id, {
        id: row.id,
        kind: row.kind,
        destination: row.destination,
        language: row.language,
        rendered,
        event: eventOf(row.id, facts),
      })
      await this.db
        .updateTable('alert_dispatches')
        .set({
          status: 'sent',
          sent_at: new Date(this.options.now()),
          last_attempt_at: attemptAt,
          last_error: null,
        })
        .where('account_id', '=', row.account_id)
        .where('id', '=', row.id)
        .execute()
      return true
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      await this.db
        .updateTable('alert_dispatches')
        .set({
          status: 'failing',
          last_attempt_at: attemptAt,
          last_error: reason.slice(0, 500),
          next_attempt_at: new Date(attemptAt.getTime() + retryDelay(row.attempts)),
        })
        .where('account_id', '=', row.account_id)
        .where('id', '=', row.id)
        // Only while the claim is still this one (`attempts` counts the claims), and never over a sent message:
        // a send that outlasted its claim must not undo the one that replaced it.
        .where('attempts', '=', row.attempts)
        .where('status', '<>', 'sent')
        .execute()
      return false
    }
  }

  private async factsOf(accountId: string, alertId: string, message: 'opened' | 'recovered') {
    const alert = await this.db
      .selectFrom('alerts as a')
      .leftJoin('lucca_endpoints as e', (join) =>
        join.onRef('e.account_id', '=', 'a.account_id').onRef('e.id', '=', 'a.endpoint_id'),
      )
      .select([
        'a.rule_name',
        'a.condition',
        'a.endpoint_id',
        'a.opened_at',
        'a.closed_at',
        'a.failed_deliveries',
        'a.last_failure_code',
        'a.last_failure_at',
        'e.name',
        'e.webhook_url',
        'e.url',
      ])
      .where('a.account_id', '=', accountId)
      .where('a.id', '=', alertId)
      .executeTakeFirst()
    if (!alert) return null
    const origin = this.options.origin().replace(/\/$/, '')
    const address = encodeURIComponent(addressOf(alert.url, alert.endpoint_id))
    const facts: AlertFacts = {
      message,
      condition: alert.condition as AlertFacts['condition'],
      ruleName: alert.rule_name,
      endpointName: alert.name ?? alert.webhook_url ?? alert.endpoint_id,
      openedAt: alert.opened_at,
      closedAt: alert.closed_at,
      failedDeliveries: alert.failed_deliveries,
      lastFailureCode: alert.last_failure_code,
      lastFailureAt: alert.last_failure_at,
      links: {
        endpoint: `${origin}/endpoints/${address}`,
        failed: `${origin}/deliveries?endpoint=${encodeURIComponent(alert.endpoint_id)}&status=failed,undelivered`,
        recover: `${origin}/endpoints/${address}/recover`,
      },
    }
    return facts
  }
}

/** The page of an endpoint is addressed by the last segment of Lucca's `url` for it (contract §12 R3). */
function addressOf(url: string | null, id: string): string {
  if (!url) return id
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').at(-1) || id)
  } catch {
    return id
  }
}

/** The signed hook's body: the facts as fields, for a customer's own tools. */
function eventOf(id: string, facts: AlertFacts) {
  return {
    type: facts.message === 'opened' ? 'alert.opened' : 'alert.recovered',
    id,
    rule: facts.ruleName,
    condition: facts.condition,
    endpoint: { name: facts.endpointName, link: facts.links.endpoint },
    openedAt: facts.openedAt.toISOString(),
    closedAt: facts.closedAt?.toISOString() ?? null,
    failedDeliveries: facts.failedDeliveries,
    lastFailureCode: facts.lastFailureCode,
    lastFailureAt: facts.lastFailureAt?.toISOString() ?? null,
    links: facts.links,
  }
}
