import { randomUUID } from 'node:crypto'
import type { Clock } from '../clock.ts'
import type { Variant } from '../variants.ts'
import type { DeliveryRecord, EndpointRecord, EventRecord } from '../store/records.ts'
import type { Store } from '../store/store.ts'
import type { DeliveryEngine } from './engine.ts'

interface EventInput {
  topic: string
  data: Record<string, unknown>
  businessEstablishment?: { id: string } | null
  previousAttributes?: Record<string, unknown>
  occurredAt?: string
}

interface Deps {
  store: Store
  clock: Clock
  engine: DeliveryEngine
  settings: { variant: Variant }
}

/** An event whose `data` follows `apiVersion`: the version its endpoints pinned (lucca-api.md §5.4). */
export function recordEvent(deps: Deps, source: string, input: EventInput, apiVersion: string): EventRecord {
  const id = deps.store.nextId('event')
  const now = new Date(deps.clock.now()).toISOString()
  const event: EventRecord = {
    id,
    apiVersion,
    topic: input.topic,
    occurredAt: input.occurredAt ?? now,
    source,
    data: input.data,
    businessEstablishment: input.businessEstablishment ?? null,
    ...(input.previousAttributes ? { previousAttributes: input.previousAttributes } : {}),
    recordedAt: now,
  }
  deps.store.events.set(id, event)
  return event
}

export function createDelivery(
  deps: Deps,
  event: EventRecord,
  endpoint: EndpointRecord,
  kind: DeliveryRecord['kind'] = 'event',
): DeliveryRecord {
  const delivery: DeliveryRecord = {
    id: deps.settings.variant.deliveryId(deps.store.nextSequence('delivery'), randomUUID()),
    eventId: event.id,
    endpointId: endpoint.id,
    status: 'undelivered',
    attemptsCount: 0,
    nextAttemptAt: null,
    kind,
    createdAt: new Date(deps.clock.now()).toISOString(),
  }
  deps.store.deliveries.set(delivery.id, delivery)
  deps.engine.dispatch(delivery, endpoint)
  return delivery
}

/**
 * lucca-api.md §7.1: one event per supported API version, and one delivery per matching endpoint that is not
 * inactive; suspended ones get held deliveries.
 */
export function emitEvent(
  deps: Deps,
  source: string,
  input: EventInput,
): { events: EventRecord[]; deliveries: DeliveryRecord[] } {
  const events = deps.settings.variant.apiVersions.map((version) => recordEvent(deps, source, input, version))
  const deliveries = events.flatMap((event) =>
    [...deps.store.endpoints.values()]
      .filter((endpoint) => matches(endpoint, event))
      .map((endpoint) => createDelivery(deps, event, endpoint)),
  )
  deps.store.changed()
  return { events, deliveries }
}

function matches(endpoint: EndpointRecord, event: EventRecord): boolean {
  if (endpoint.status === 'inactive' || endpoint.apiVersion !== event.apiVersion) return false
  if (!endpoint.topics.includes(event.topic)) return false
  const be = event.businessEstablishment
  return (
    be === null ||
    endpoint.businessEstablishments === null ||
    endpoint.businessEstablishments.some((b) => b.id === be.id)
  )
}
