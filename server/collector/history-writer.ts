import { sql } from 'kysely'
import type { components } from '../../contract/lucca-api'
import type { Database } from '../db/database.ts'

type Schemas = components['schemas']
export type LuccaEndpoint = Schemas['WebhookEndpoint']
export type LuccaDelivery = Schemas['WebhookDelivery']
export type LuccaAttempt = Schemas['WebhookDeliveryAttempt']
export type LuccaEvent = Schemas['Event']

// Any fixed number: the namespace of the per-account history write locks (the collector's lease uses another).
const HISTORY_LOCK_NAMESPACE = 20261215

interface Change {
  kind: 'endpoint' | 'delivery' | 'attempt'
  id: string
  endpointId?: string
  status?: string
}

/**
 * Writes what the collector read into the history, each page in one transaction with the changes it made
 * (`history_changes`), which every replica's live streams read. Only the collector of an account calls it,
 * one page at a time, so an account's changes are numbered in the order they were written.
 */
export class HistoryWriter {
  constructor(
    private readonly db: Database,
    private readonly accountId: string,
  ) {}

  /** A page of the endpoints list; `endpointsGone` after the last page marks the ones no page had. */
  async endpoints(items: readonly LuccaEndpoint[], now: Date): Promise<number> {
    if (items.length === 0) return 0
    return this.inTransaction(async (tx) => {
      const before = new Map(
        (
          await tx
            .selectFrom('lucca_endpoints')
            .select(['id', 'status', 'gone_at', 'raw'])
            .where('account_id', '=', this.accountId)
            .where(
              'id',
              'in',
              items.map((item) => item.id),
            )
            .execute()
        ).map((row) => [row.id, row]),
      )
      const changes: Change[] = []
      for (const item of items) {
        const old = before.get(item.id)
        if (!old || old.gone_at !== null || canonical(old.raw) !== canonical(withoutSecret(item)))
          changes.push({ kind: 'endpoint', id: item.id, status: item.status ?? 'inactive' })
      }
      await tx
        .insertInto('lucca_endpoints')
        .values(
          items.map((item) => ({
            account_id: this.accountId,
            id: item.id,
            url: item.url,
            name: item.name ?? null,
            webhook_url: item.webhookUrl,
            status: item.status ?? 'inactive',
            topics: [...item.topics],
            created_at: item.createdAt ? new Date(item.createdAt) : null,
            first_seen_at: now,
            last_seen_at: now,
            gone_at: null,
            raw: JSON.stringify(withoutSecret(item)),
          })),
        )
        .onConflict((conflict) =>
          conflict.columns(['account_id', 'id']).doUpdateSet((eb) => ({
            url: eb.ref('excluded.url'),
            name: eb.ref('excluded.name'),
            webhook_url: eb.ref('excluded.webhook_url'),
            status: eb.ref('excluded.status'),
            topics: eb.ref('excluded.topics'),
            created_at: eb.ref('excluded.created_at'),
            last_seen_at: eb.ref('excluded.last_seen_at'),
            gone_at: null,
            raw: eb.ref('excluded.raw'),
          })),
        )
        .execute()
      await this.record(tx, changes, now)
      return changes.length
    })
  }

  /** A page of endpoints Lucca says is unchanged (304): its endpoints are still there. */
  async endpointsSeen(ids: readonly string[], now: Date): Promise<void> {
    if (ids.length === 0) return
    await this.db
      .updateTable('lucca_endpoints')
      .set({ last_seen_at: now })
      .where('account_id', '=', this.accountId)
      .where('id', 'in', ids)
      .execute()
  }

  /** Deleted through the console: `path` is what it called (its last segment need not be the id, §12 R3). */
  async endpointDeleted(path: string, now: Date): Promise<void> {
    await this.inTransaction(async (tx) => {
      const gone = await tx
        .updateTable('lucca_endpoints')
        .set({ gone_at: now })
        .where('account_id', '=', this.accountId)
        .where('gone_at', 'is', null)
        .where(sql<boolean>`url like ${`%/lucca-api${path}`}`)
        .returning(['id'])
        .execute()
      await this.record(
        tx,
        gone.map((row) => ({ kind: 'endpoint', id: row.id, status: 'deleted' })),
        now,
      )
    })
  }

  /** After a whole read of the endpoints list: the ones it no longer has were deleted. */
  async endpointsGone(seenSince: Date, now: Date): Promise<number> {
    return this.inTransaction(async (tx) => {
      const gone = await tx
        .updateTable('lucca_endpoints')
        .set({ gone_at: now })
        .where('account_id', '=', this.accountId)
        .where('gone_at', 'is', null)
        .where('last_seen_at', '<', seenSince)
        .returning(['id'])
        .execute()
      await this.record(
        tx,
        gone.map((row) => ({ kind: 'endpoint', id: row.id, status: 'deleted' })),
        now,
      )
      return gone.length
    })
  }

  /** A page of deliveries, with the events Lucca embedded. Returns how many changed. */
  async deliveries(
    items: readonly LuccaDelivery[],
    events: Readonly<Record<string, LuccaEvent>>,
    now: Date,
  ): Promise<number> {
    if (items.length === 0) return 0
    return this.inTransaction(async (tx) => {
      await this.writeEvents(tx, Object.values(events))
      const changes = await this.writeDeliveries(tx, items, now, 'delivery')
      await this.record(tx, changes, now)
      return changes.length
    })
  }

  /**
   * A page of attempts, with the deliveries and events Lucca embedded: the attempts and what they tell of
   * their deliveries (last answer, when it was delivered, when it was first tried).
   */
  async attempts(
    items: readonly LuccaAttempt[],
    deliveries: Readonly<Record<string, LuccaDelivery>>,
    events: Readonly<Record<string, LuccaEvent>>,
    now: Date,
  ): Promise<number> {
    if (items.length === 0) return 0
    return this.inTransaction(async (tx) => {
      await this.writeEvents(tx, Object.values(events))
      const changes = await this.writeDeliveries(tx, Object.values(deliveries), now, 'attempt')
      const known = new Set(
        (
          await tx
            .selectFrom('lucca_attempts')
            .select('id')
            .where('account_id', '=', this.accountId)
            .where(
              'id',
              'in',
              items.map((item) => item.id),
            )
            .execute()
        ).map((row) => row.id),
      )
      const fresh = items.filter((item) => !known.has(item.id))
      if (fresh.length > 0) {
        await tx
          .insertInto('lucca_attempts')
          .values(
            fresh.map((item) => ({
              account_id: this.accountId,
              id: item.id,
              delivery_id: item.webhookDelivery.id,
              created_at: new Date(item.createdAt),
              is_successful: item.isSuccessful,
              status_code: item.responseStatusCode ?? null,
              raw: JSON.stringify(withoutEmbedded(item)),
            })),
          )
          .onConflict((conflict) => conflict.columns(['account_id', 'id']).doNothing())
          .execute()
        const deliveryIds = [...new Set(fresh.map((item) => item.webhookDelivery.id))]
        await this.summariseAttempts(tx, deliveryIds)
        const endpoints = await tx
          .selectFrom('lucca_deliveries')
          .select(['id', 'endpoint_id', 'status'])
          .where('account_id', '=', this.accountId)
          .where('id', 'in', deliveryIds)
          .execute()
        const changed = new Set(changes.map((change) => change.id))
        for (const row of endpoints) {
          if (!changed.has(row.id))
            changes.push({ kind: 'attempt', id: row.id, endpointId: row.endpoint_id, status: row.status })
        }
      }
      await this.record(tx, changes, now)
      return changes.length + fresh.length
    })
  }

  /** One delivery read by itself (a followed one) and, when they were read, its attempts. */
  async delivery(
    item: LuccaDelivery,
    events: Readonly<Record<string, LuccaEvent>>,
    attempts: readonly LuccaAttempt[],
    now: Date,
  ): Promise<number> {
    return attempts.length > 0
      ? this.attempts(attempts, { [item.id]: item }, events, now)
      : this.deliveries([item], events, now)
  }

  /** Forgets what is older than the retention (HISTORY_RETENTION_DAYS); returns the deliveries removed. */
  async purge(before: Date): Promise<number> {
    return this.inTransaction(async (tx) => {
      const removed = await tx
        .deleteFrom('lucca_deliveries')
        .where('account_id', '=', this.accountId)
        .where('created_at', '<', before)
        .returning(['id'])
        .execute()
      await tx
        .deleteFrom('lucca_attempts')
        .where('account_id', '=', this.accountId)
        .where('created_at', '<', before)
        .execute()
      await sql`
        delete from lucca_events e where e.account_id = ${this.accountId}
        and not exists (select 1 from lucca_deliveries d where d.account_id = e.account_id and d.event_id = e.id)
        and coalesce(e.occurred_at, ${before}) <= ${before}
      `.execute(tx)
      return removed.length
    })
  }

  /**
   * Every write of an account's history takes the account's transaction lock first, so the change feed's
   * numbers are committed in order even when the collector and an admin's own write (write-through.ts) land
   * together on different replicas: a stream reading past its last number can never skip one.
   */
  private inTransaction<T>(work: (tx: Database) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (tx) => {
      await sql`select pg_advisory_xact_lock(${HISTORY_LOCK_NAMESPACE}, hashtext(${this.accountId}))`.execute(
        tx,
      )
      return work(tx)
    })
  }

  private async writeEvents(tx: Database, events: readonly LuccaEvent[]): Promise<void> {
    if (events.length === 0) return
    await tx
      .insertInto('lucca_events')
      .values(
        events.map((event) => ({
          account_id: this.accountId,
          id: event.id,
          topic: event.topic,
          occurred_at: event.occurredAt ? new Date(event.occurredAt) : null,
          resource_id: resourceIdOf(event),
          raw: JSON.stringify(event),
        })),
      )
      .onConflict((conflict) => conflict.columns(['account_id', 'id']).doNothing())
      .execute()
  }

  /** Upserts deliveries; a change is a new one, or a new status or attempt count. */
  private async writeDeliveries(
    tx: Database,
    items: readonly LuccaDelivery[],
    now: Date,
    kind: 'delivery' | 'attempt',
  ): Promise<Change[]> {
    if (items.length === 0) return []
    const ids = items.map((item) => item.id)
    const before = new Map(
      (
        await tx
          .selectFrom('lucca_deliveries')
          .select(['id', 'status', 'attempts_count'])
          .where('account_id', '=', this.accountId)
          .where('id', 'in', ids)
          .execute()
      ).map((row) => [row.id, row]),
    )
    const events = new Map(
      (
        await tx
          .selectFrom('lucca_events')
          .select(['id', 'topic', 'resource_id'])
          .where('account_id', '=', this.accountId)
          .where(
            'id',
            'in',
            items.map((item) => item.event.id),
          )
          .execute()
      ).map((row) => [row.id, row]),
    )
    // An embedded delivery "may be slightly stale" (§3.3): never let it undo a newer read.
    const current = items.filter((item) => {
      const old = before.get(item.id)
      return !old || item.attemptsCount >= old.attempts_count
    })
    if (current.length === 0) return []
    await tx
      .insertInto('lucca_deliveries')
      .values(
        current.map((item) => {
          const event = events.get(item.event.id)
          return {
            account_id: this.accountId,
            id: item.id,
            url: item.url,
            endpoint_id: item.webhookEndpoint.id,
            event_id: item.event.id,
            topic: event?.topic ?? null,
            resource_id: event?.resource_id ?? null,
            status: item.status,
            attempts_count: item.attemptsCount,
            next_attempt_at: item.nextAttemptAt ? new Date(item.nextAttemptAt) : null,
            created_at: now,
            first_seen_at: now,
            last_read_at: now,
            raw: JSON.stringify(withoutEmbedded(item)),
          }
        }),
      )
      .onConflict((conflict) =>
        conflict.columns(['account_id', 'id']).doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          attempts_count: eb.ref('excluded.attempts_count'),
          next_attempt_at: eb.ref('excluded.next_attempt_at'),
          topic: sql<string | null>`coalesce(lucca_deliveries.topic, excluded.topic)`,
          resource_id: sql<string | null>`coalesce(lucca_deliveries.resource_id, excluded.resource_id)`,
          last_read_at: eb.ref('excluded.last_read_at'),
          raw: eb.ref('excluded.raw'),
        })),
      )
      .execute()
    return current.flatMap((item): Change[] => {
      const old = before.get(item.id)
      if (old && old.status === item.status && old.attempts_count === item.attemptsCount) return []
      return [{ kind, id: item.id, endpointId: item.webhookEndpoint.id, status: item.status }]
    })
  }

  private async summariseAttempts(tx: Database, deliveryIds: readonly string[]): Promise<void> {
    await sql`
      update lucca_deliveries d set
        last_attempt_at = a.last_at,
        last_status_code = a.last_code,
        delivered_at = a.ok_at,
        created_at = least(d.created_at, a.first_at)
      from (
        select delivery_id, max(created_at) as last_at, min(created_at) as first_at,
          (array_agg(status_code order by created_at desc, id desc))[1] as last_code,
          min(created_at) filter (where is_successful) as ok_at
        from lucca_attempts
        where account_id = ${this.accountId} and delivery_id = any(${deliveryIds as string[]})
        group by delivery_id
      ) a
      where d.account_id = ${this.accountId} and d.id = a.delivery_id
    `.execute(tx)
  }

  private async record(tx: Database, changes: readonly Change[], now: Date): Promise<void> {
    if (changes.length === 0) return
    await tx
      .insertInto('history_changes')
      .values(
        changes.map((change) => ({
          account_id: this.accountId,
          at: now,
          kind: change.kind,
          resource_id: change.id,
          detail: JSON.stringify({
            ...(change.endpointId ? { endpointId: change.endpointId } : {}),
            ...(change.status ? { status: change.status } : {}),
          }),
        })),
      )
      .execute()
  }
}

/** The resource an event is about: `data.id`, when Lucca gives one. Nothing else of `data` is indexed. */
function resourceIdOf(event: LuccaEvent): string | null {
  const id = (event.data as Record<string, unknown> | undefined)?.id
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

function withoutEmbedded<T extends { embedded?: unknown }>(item: T): Omit<T, 'embedded'> {
  const { embedded: _embedded, ...rest } = item
  return rest
}

/** The signing secret of a new endpoint is shown once to the admin and never kept (contract §5.1). */
function withoutSecret<T extends object>(item: T): Omit<T, 'secret'> {
  const { secret: _secret, ...rest } = item as T & { secret?: unknown }
  return rest
}

/** JSON with keys in one order: PostgreSQL's jsonb does not keep the order Lucca wrote them in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  )
}
