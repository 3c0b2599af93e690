import { sql } from 'kysely'
import type { Database } from '../server/db/database.ts'

// The history tables as the collector (server/collector/) fills them, written directly: the read API's
// tests need rows, not a collector run.

const API = 'https://acme.ilucca.net/lucca-api'
let counter = 0
const next = () => (counter += 1)

interface EndpointSeed {
  id?: string
  name?: string | null
  webhookUrl?: string
  status?: string
  topics?: string[]
  createdAt?: Date | null
  goneAt?: Date | null
}

export async function seedEndpoint(db: Database, accountId: string, seed: EndpointSeed = {}) {
  const id = seed.id ?? `ep-${next()}`
  const webhookUrl = seed.webhookUrl ?? `https://hooks.example.com/${id}`
  const row = {
    account_id: accountId,
    id,
    url: `${API}/webhook-endpoints/${id}`,
    name: seed.name === undefined ? `Endpoint ${id}` : seed.name,
    webhook_url: webhookUrl,
    status: seed.status ?? 'active',
    topics: seed.topics ?? ['employee.created'],
    created_at: seed.createdAt === undefined ? new Date('2026-01-01T00:00:00Z') : seed.createdAt,
    first_seen_at: new Date(),
    last_seen_at: new Date(),
    gone_at: seed.goneAt ?? null,
  }
  const raw = {
    id,
    type: 'webhook-endpoint',
    url: row.url,
    webhookUrl,
    topics: row.topics,
    status: row.status,
  }
  await db
    .insertInto('lucca_endpoints')
    .values({ ...row, raw: JSON.stringify(raw) })
    .execute()
  return row
}

interface DeliverySeed {
  id?: string
  endpointId: string
  eventId?: string
  topic?: string | null
  resourceId?: string | null
  status?: 'delivered' | 'undelivered' | 'failed'
  attemptsCount?: number
  createdAt: Date
  lastAttemptAt?: Date | null
  lastStatusCode?: number | null
  deliveredAt?: Date | null
  /** A timestamp with microseconds, as PostgreSQL text, instead of `createdAt`. */
  createdAtText?: string
}

export async function seedDelivery(db: Database, accountId: string, seed: DeliverySeed) {
  const id = seed.id ?? `dl-${String(next()).padStart(6, '0')}`
  const status = seed.status ?? 'delivered'
  const row = {
    account_id: accountId,
    id,
    url: `${API}/webhook-deliveries/${id}`,
    endpoint_id: seed.endpointId,
    event_id: seed.eventId ?? `ev-${id}`,
    topic: seed.topic === undefined ? 'employee.created' : seed.topic,
    resource_id: seed.resourceId ?? null,
    status,
    attempts_count: seed.attemptsCount ?? (status === 'delivered' ? 1 : 0),
    next_attempt_at: null,
    created_at: seed.createdAtText ? sql<Date>`${seed.createdAtText}::timestamptz` : seed.createdAt,
    first_seen_at: seed.createdAt,
    last_read_at: seed.createdAt,
    last_attempt_at: seed.lastAttemptAt ?? (status === 'delivered' ? seed.createdAt : null),
    last_status_code:
      seed.lastStatusCode === undefined ? (status === 'delivered' ? 200 : null) : seed.lastStatusCode,
    delivered_at: seed.deliveredAt ?? (status === 'delivered' ? seed.createdAt : null),
  }
  const raw = {
    id,
    type: 'webhook-delivery',
    url: row.url,
    attemptsCount: row.attempts_count,
    status,
    event: { id: row.event_id },
    webhookEndpoint: { id: seed.endpointId },
  }
  await db
    .insertInto('lucca_deliveries')
    .values({ ...row, raw: JSON.stringify(raw) })
    .execute()
  return row
}

export async function seedAttempt(
  db: Database,
  accountId: string,
  seed: { deliveryId: string; createdAt: Date; isSuccessful: boolean; statusCode: number | null },
) {
  const id = `at-${next()}`
  const raw = {
    id,
    type: 'webhook-delivery-attempt',
    url: `${API}/webhook-delivery-attempts/${id}`,
    webhookDelivery: { id: seed.deliveryId },
    isSuccessful: seed.isSuccessful,
    responseStatusCode: seed.statusCode,
    createdAt: seed.createdAt.toISOString(),
  }
  await db
    .insertInto('lucca_attempts')
    .values({
      account_id: accountId,
      id,
      delivery_id: seed.deliveryId,
      created_at: seed.createdAt,
      is_successful: seed.isSuccessful,
      status_code: seed.statusCode,
      raw: JSON.stringify(raw),
    })
    .execute()
  return id
}

/** A change for the live streams, as the collector appends one; resolves to its seq. */
export async function seedChange(
  db: Database,
  accountId: string,
  change: { kind: string; id: string; endpointId?: string; status?: string; at?: Date },
): Promise<string> {
  const detail = { endpointId: change.endpointId, status: change.status }
  const row = await db
    .insertInto('history_changes')
    .values({
      account_id: accountId,
      at: change.at ?? new Date(),
      kind: change.kind,
      resource_id: change.id,
      detail: JSON.stringify(detail),
    })
    .returning('seq')
    .executeTakeFirstOrThrow()
  return row.seq
}
