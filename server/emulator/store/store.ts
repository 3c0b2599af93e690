import type { AttemptRecord, DeliveryRecord, EndpointRecord, EventRecord, Snapshot } from './records.ts'

type Counters = Required<Snapshot['counters']>

/** In-memory state. Maps keep insertion order, which is the API's default (creation) order. */
export class Store {
  endpoints = new Map<string, EndpointRecord>()
  events = new Map<string, EventRecord>()
  deliveries = new Map<string, DeliveryRecord>()
  attempts = new Map<string, AttemptRecord>()
  #counters: Counters = { endpoint: 0, event: 0, attempt: 0, delivery: 0 }
  readonly #listeners: (() => void)[] = []

  nextId(kind: keyof Counters): string {
    return String(this.nextSequence(kind))
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
    return [...this.deliveries.values()].filter((d) => d.endpointId === endpointId)
  }

  attemptsOf(deliveryId: string): AttemptRecord[] {
    return [...this.attempts.values()].filter((a) => a.deliveryId === deliveryId)
  }

  clear(): void {
    this.endpoints.clear()
    this.events.clear()
    this.deliveries.clear()
    this.attempts.clear()
    this.#counters = { endpoint: 0, event: 0, attempt: 0, delivery: 0 }
    this.changed()
  }

  /** Forgets events older than the retention window, their deliveries and attempts too (lucca-api.md §7.8). */
  purgeBefore(cutoff: number): void {
    const expired = new Set(
      [...this.events.values()].filter((e) => Date.parse(e.recordedAt) < cutoff).map((e) => e.id),
    )
    if (expired.size === 0) return
    for (const delivery of this.deliveries.values()) {
      if (!expired.has(delivery.eventId)) continue
      for (const attempt of this.attemptsOf(delivery.id)) this.attempts.delete(attempt.id)
      this.deliveries.delete(delivery.id)
    }
    for (const id of expired) this.events.delete(id)
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
    this.endpoints = new Map(snapshot.endpoints.map((r) => [r.id, r]))
    this.events = new Map(snapshot.events.map((r) => [r.id, r]))
    this.deliveries = new Map(snapshot.deliveries.map((r) => [r.id, r]))
    this.attempts = new Map(snapshot.attempts.map((r) => [r.id, r]))
  }
}
