import { randomUUID } from 'node:crypto'
import type { AttemptRecord, DeliveryRecord, EndpointRecord, EventRecord, Snapshot } from './records.ts'
import { Table, type ListOrder } from './table.ts'

type Counters = Required<Snapshot['counters']>

interface StoreOptions {
  /** How the API lists every collection: creation order ([E], the default) or id ascending (strict). */
  order: ListOrder
  /** Attempt ids: 1, 2, 3… ([E], the default) or UUIDs (strict), so a new attempt may sort anywhere. */
  attemptIds: 'sequence' | 'uuid'
}

/** In-memory state. Tables keep insertion order, which is the API's default (creation) order. */
export class Store {
  readonly endpoints: Table<EndpointRecord>
  readonly events: Table<EventRecord>
  readonly deliveries: Table<DeliveryRecord, 'endpoint' | 'event'>
  readonly attempts: Table<AttemptRecord, 'delivery'>
  readonly #attemptIds: StoreOptions['attemptIds']
  #counters: Counters = { endpoint: 0, event: 0, attempt: 0, delivery: 0 }
  readonly #listeners: (() => void)[] = []

  constructor(options: StoreOptions = { order: 'creation', attemptIds: 'sequence' }) {
    this.endpoints = new Table(options.order, {})
    this.events = new Table(options.order, {})
    this.deliveries = new Table(options.order, { endpoint: (d) => d.endpointId, event: (d) => d.eventId })
    this.attempts = new Table(options.order, { delivery: (a) => a.deliveryId })
    this.#attemptIds = options.attemptIds
  }

  nextId(kind: keyof Counters): string {
    return String(this.nextSequence(kind))
  }

  nextAttemptId(): string {
    const sequence = this.nextId('attempt')
    return this.#attemptIds === 'uuid' ? randomUUID() : sequence
  }

  /** 1, 2, 3, … per kind of record, in creation order. */
  nextSequence(kind: keyof Counters): number {
    this.#counters[kind] += 1
    return this.#counters[kind]
  }

  isEmpty(): boolean {
    return this.endpoints.size === 0 && this.events.size === 0
  }

  /** Every mutation ends with this, so persistence can follow. */
  changed(): void {
    for (const listener of this.#listeners) listener()
  }

  onChange(listener: () => void): void {
    this.#listeners.push(listener)
  }

  deliveriesOf(endpointId: string): DeliveryRecord[] {
    return this.deliveries.group('endpoint', endpointId)
  }

  deliveriesOfEvent(eventId: string): DeliveryRecord[] {
    return this.deliveries.group('event', eventId)
  }

  attemptsOf(deliveryId: string): AttemptRecord[] {
    return this.attempts.group('delivery', deliveryId)
  }

  clear(): void {
    this.endpoints.clear()
    this.events.clear()
    this.deliveries.clear()
    this.attempts.clear()
    this.changed()
  }

  /** Forgets events older than the retention window, their deliveries and attempts too (lucca-api.md §7.8). */
  purgeBefore(cutoff: number): void {
    // ISO strings of one format compare as their instants do, and far faster than Date.parse on each request.
    const before = new Date(cutoff).toISOString()
    const expired = [...this.events.values()].filter((e) => e.recordedAt < before).map((e) => e.id)
    if (expired.length === 0) return
    for (const eventId of expired) {
      for (const delivery of this.deliveriesOfEvent(eventId)) {
        for (const attempt of this.attemptsOf(delivery.id)) this.attempts.delete(attempt.id)
        this.deliveries.delete(delivery.id)
      }
      this.events.delete(eventId)
    }
    this.changed()
  }

  snapshot(): Snapshot {
    return {
      version: 1,
      counters: { ...this.#counters },
      endpoints: [...this.endpoints.values()],
      events: [...this.events.values()],
      deliveries: [...this.deliveries.values()],
      attempts: [...this.attempts.values()],
    }
  }

  load(snapshot: Snapshot): void {
    this.#counters = { delivery: 0, ...snapshot.counters }
    const fill = <V extends { id: string }>(table: Map<string, V>, records: V[]) => {
      table.clear()
      for (const record of records) table.set(record.id, record)
    }
    fill(this.endpoints, snapshot.endpoints)
    fill(this.events, snapshot.events)
    fill(this.deliveries, snapshot.deliveries)
    fill(this.attempts, snapshot.attempts)
  }
}
