import { sql } from 'kysely'
import {
  type EndpointSummary,
  type EndpointsPage,
  type EndpointsQuery,
  type SecretHint,
} from '../../../contract/console-history-api.ts'
import type { Database } from '../../db/database.ts'
import { compareEndpoints } from './endpoints-sort.ts'
import { healthOf, type HealthFigures } from './health.ts'
import { healthFigures } from './health-figures.ts'

type Filters = Pick<EndpointsQuery, 'q' | 'status' | 'topic'>

// A list, a search keystroke, a page and every tab's refetch after a change share one count of the window,
// as long as no change was written since (the change feed's latest seq) and for at most this long.
const FIGURES_FOR_MS = 30_000
const NOTHING: HealthFigures = {
  delivered: 0,
  failed: 0,
  retrying: 0,
  lastDeliveryAt: null,
  lastFailedAt: null,
  lastFailureAt: null,
  lastFailureCode: null,
}

/**
 * The account's endpoints as the collector last read them, with the console's notes, where each was made,
 * and its health. Health comes from one grouped query over the window's deliveries (not one per endpoint),
 * kept a few seconds per account; health filters and sorts then run here, on at most a few thousand rows.
 */
export class EndpointsView {
  private readonly figures = new Map<
    string,
    { seq: string | null; until: number; figures: Promise<Map<string, HealthFigures>> }
  >()

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  async list(accountId: string, query: EndpointsQuery): Promise<EndpointsPage> {
    const [all, figures] = await Promise.all([this.read(accountId, query), this.accountFigures(accountId)])
    const items = all.map((item) => ({ ...item, health: healthOf(figures.get(item.id) ?? NOTHING) }))
    const matching = query.health ? items.filter((item) => query.health?.includes(item.health.state)) : items
    const sorted = matching.toSorted(compareEndpoints(query.sort))
    const start = (query.page - 1) * query.pageSize
    return {
      items: sorted.slice(start, start + query.pageSize),
      total: sorted.length,
      page: query.page,
      pageSize: query.pageSize,
    }
  }

  /** One endpoint as the list shows it, for a delivery's detail; null when the history does not have it. */
  async summary(accountId: string, endpointId: string): Promise<EndpointSummary | null> {
    const [item] = await this.read(accountId, {}, endpointId)
    if (!item) return null
    const figures = await healthFigures(this.db, accountId, this.now(), endpointId)
    return { ...item, health: healthOf(figures.get(endpointId) ?? NOTHING) }
  }

  /**
   * The console created this endpoint, so it saw its secret (lucca-routes.ts, on Lucca's 201). Of the secret
   * only the last 4 characters are kept, for the page to say which one a receiver should hold.
   */
  async recordCreated(
    accountId: string,
    endpointId: string,
    username: string,
    secret?: string,
  ): Promise<void> {
    await this.db
      .insertInto('console_created_endpoints')
      .values({
        account_id: accountId,
        endpoint_id: endpointId,
        created_at: new Date(this.now()),
        created_by: username,
        secret_last4: secret && secret.length >= 8 ? secret.slice(-4) : null,
      })
      .onConflict((conflict) => conflict.doNothing())
      .execute()
  }

  /** When this console issued the endpoint's secret, and its end; null when it was made outside. */
  async secretHint(accountId: string, endpointId: string): Promise<SecretHint | null> {
    const row = await this.db
      .selectFrom('console_created_endpoints')
      .select(['created_at', 'secret_last4'])
      .where('account_id', '=', accountId)
      .where('endpoint_id', '=', endpointId)
      .executeTakeFirst()
    return row ? { issuedAt: row.created_at.toISOString(), last4: row.secret_last4 } : null
  }

  /**
   * Single-flight: requests that come while the figures are counted wait for that count. A count is reused
   * only while the history has no newer change, so a delivery just written counts at the next read.
   */
  private async accountFigures(accountId: string): Promise<Map<string, HealthFigures>> {
    const latest = await this.db
      .selectFrom('history_changes')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('account_id', '=', accountId)
      .executeTakeFirst()
    const seq = latest?.seq == null ? null : String(latest.seq)
    const now = this.now()
    const kept = this.figures.get(accountId)
    if (kept && kept.seq === seq && kept.until > now) return kept.figures
    const figures = healthFigures(this.db, accountId, now)
    this.figures.set(accountId, { seq, until: now + FIGURES_FOR_MS, figures })
    figures.catch(() => this.figures.delete(accountId))
    return figures
  }

  private async read(
    accountId: string,
    filters: Filters,
    only?: string,
  ): Promise<Omit<EndpointSummary, 'health'>[]> {
    let query = this.db
      .selectFrom('lucca_endpoints as e')
      .leftJoin('endpoint_notes as n', (join) =>
        join.onRef('n.account_id', '=', 'e.account_id').onRef('n.endpoint_id', '=', 'e.id'),
      )
      .leftJoin('console_created_endpoints as c', (join) =>
        join.onRef('c.account_id', '=', 'e.account_id').onRef('c.endpoint_id', '=', 'e.id'),
      )
      .select([
        'e.id',
        'e.url',
        'e.name',
        'e.webhook_url',
        'e.status',
        'e.topics',
        'e.created_at',
        'n.description',
        'n.owner_name',
        'c.endpoint_id as console_made',
      ])
      .where('e.account_id', '=', accountId)
      .where('e.gone_at', 'is', null)
    if (only !== undefined) query = query.where('e.id', '=', only)
    if (filters.status && filters.status.length > 0) query = query.where('e.status', 'in', filters.status)
    if (filters.topic) query = query.where(sql<boolean>`${filters.topic} = any(e.topics)`)
    const q = filters.q?.trim().toLowerCase()
    if (q) {
      // strpos, not LIKE: what an admin types (`%`, `_`) is matched as written.
      const contains = (column: string) => sql<boolean>`strpos(lower(${sql.ref(column)}), ${q}) > 0`
      const columns = ['e.webhook_url', 'e.name', 'n.description', 'n.owner_name', 'n.owner_email']
      query = query.where((eb) => eb.or(columns.map(contains)))
    }
    const rows = await query.execute()
    return rows.map((row) => ({
      id: row.id,
      url: row.url,
      name: row.name,
      webhookUrl: row.webhook_url,
      status: row.status,
      topics: row.topics,
      createdAt: row.created_at?.toISOString() ?? null,
      origin: row.console_made === null ? 'outside' : 'console',
      description: row.description,
      ownerName: row.owner_name,
    }))
  }
}
