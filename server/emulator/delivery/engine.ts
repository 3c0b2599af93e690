import type { Clock } from '../clock.ts'
import type { Settings } from '../options.ts'
import type { DeliveryRecord, EndpointRecord } from '../store/records.ts'
import type { Store } from '../store/store.ts'
import { recordAttempt, sendEvent } from './attempt.ts'
import { runChallenge } from './challenge.ts'
import type { HttpClient } from './http-client.ts'
import type { Outbox } from './outbox.ts'
import { Slots } from './slots.ts'

const minute = 60_000
// lucca-api.md §7.6 [E]: delay after failed attempt n; attempt 5 is the last.
export const retryDelays = [minute, 10 * minute, 60 * minute, (22 * 60 + 49) * minute]
const maxAttempts = retryDelays.length + 1

interface EngineDeps {
  store: Store
  clock: Clock
  settings: Pick<
    Settings,
    | 'retryScale'
    | 'dispatchDelayMs'
    | 'suspendAfter'
    | 'ceSpecVersion'
    | 'skipChallenge'
    | 'challengeAllowlist'
    | 'challengeParam'
    | 'variant'
  >
  http: HttpClient
  outbox: Outbox
}

/** Schedules and makes delivery attempts, applies the receiver-answer table, retries and suspension. */
export class DeliveryEngine {
  readonly #timers = new Map<string, () => void>()
  readonly #inflight = new Set<Promise<void>>()
  readonly #slots = new Slots(3)

  constructor(private readonly deps: EngineDeps) {}

  /** Queues a new delivery's first attempt after the dispatch delay (or holds it if the endpoint is not active). */
  dispatch(delivery: DeliveryRecord, endpoint: EndpointRecord): void {
    if (endpoint.status === 'active' || delivery.kind === 'confirmation') {
      this.#schedule(delivery, this.deps.clock.now() + this.deps.settings.dispatchDelayMs)
    } else {
      delivery.nextAttemptAt = null
    }
  }

  /** After a restart (or a traffic backfill, with the deliveries it made): pick up scheduled deliveries again. */
  resumeAll(deliveries: Iterable<DeliveryRecord> = this.deps.store.deliveries.values()): void {
    for (const delivery of deliveries) {
      if (delivery.status === 'undelivered' && delivery.nextAttemptAt !== null) {
        this.#schedule(delivery, Date.parse(delivery.nextAttemptAt))
      }
    }
  }

  /** Suspension: attempts stop, deliveries stay undelivered and are held (lucca-api.md §7.7). */
  suspend(endpoint: EndpointRecord): void {
    endpoint.status = 'suspended'
    endpoint.lastUpdatedAt = this.#nowIso()
    for (const delivery of this.deps.store.deliveriesOf(endpoint.id)) {
      if (delivery.status !== 'undelivered' || delivery.kind === 'confirmation') continue
      this.#cancel(delivery.id)
      delivery.nextAttemptAt = null
    }
  }

  /** Deactivation or deletion: pending deliveries become failed (lucca-api.md §6.4, §6.5). */
  failPending(endpointId: string): void {
    for (const delivery of this.deps.store.deliveriesOf(endpointId)) {
      if (delivery.status !== 'undelivered') continue
      this.#cancel(delivery.id)
      delivery.status = 'failed'
      delivery.nextAttemptAt = null
    }
  }

  /** A passed challenge: active again, held deliveries scheduled now with their remaining budget. */
  activate(endpoint: EndpointRecord): void {
    endpoint.status = 'active'
    endpoint.consecutiveFailures = 0
    endpoint.lastUpdatedAt = this.#nowIso()
    for (const delivery of this.deps.store.deliveriesOf(endpoint.id)) {
      if (delivery.status === 'undelivered' && delivery.nextAttemptAt === null && delivery.kind === 'event') {
        this.#schedule(delivery, this.deps.clock.now())
      }
    }
  }

  /** Resolves once no attempt is running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight])
  }

  stop(): void {
    for (const cancel of this.#timers.values()) cancel()
    this.#timers.clear()
  }

  #schedule(delivery: DeliveryRecord, at: number): void {
    this.#cancel(delivery.id)
    delivery.nextAttemptAt = new Date(at).toISOString()
    const cancel = this.deps.clock.schedule(at, () => this.#track(this.#run(delivery.id)))
    this.#timers.set(delivery.id, cancel)
  }

  #cancel(deliveryId: string): void {
    this.#timers.get(deliveryId)?.()
    this.#timers.delete(deliveryId)
  }

  async #track(work: Promise<void>): Promise<void> {
    this.#inflight.add(work)
    try {
      await work
    } finally {
      this.#inflight.delete(work)
    }
  }

  async #run(deliveryId: string): Promise<void> {
    this.#timers.delete(deliveryId)
    const { store } = this.deps
    const delivery = store.deliveries.get(deliveryId)
    if (!delivery || delivery.status !== 'undelivered') return
    const endpoint = store.endpoints.get(delivery.endpointId)
    if (!endpoint) {
      delivery.status = 'failed'
      delivery.nextAttemptAt = null
    } else if (delivery.kind === 'confirmation') {
      await this.#confirm(delivery, endpoint)
    } else if (endpoint.status !== 'active') {
      delivery.nextAttemptAt = null
    } else {
      await this.#slots.acquire(endpoint.id)
      try {
        // The endpoint may have been suspended while this attempt waited for a slot.
        if (endpoint.status === 'active' && delivery.status === 'undelivered')
          await this.#post(delivery, endpoint)
        else if (delivery.status === 'undelivered') delivery.nextAttemptAt = null
      } finally {
        this.#slots.release(endpoint.id)
      }
    }
    store.changed()
  }

  async #post(delivery: DeliveryRecord, endpoint: EndpointRecord): Promise<void> {
    const { store, clock, settings } = this.deps
    const event = store.events.get(delivery.eventId)
    if (!event) {
      delivery.status = 'failed'
      delivery.nextAttemptAt = null
      return
    }
    const { status, isSuccessful } = await sendEvent(this.deps, delivery, endpoint, event)
    if (delivery.status !== 'undelivered') return // deactivated or deleted meanwhile
    if (isSuccessful) {
      delivery.status = 'delivered'
      delivery.nextAttemptAt = settings.variant.deliveredNextAttemptAt(
        delivery.nextAttemptAt,
        delivery.attemptsCount,
      )
      endpoint.consecutiveFailures = 0
      return
    }
    endpoint.consecutiveFailures += 1
    const gone = status === 404 || status === 410
    if (gone || delivery.attemptsCount >= maxAttempts) {
      delivery.status = 'failed'
      delivery.nextAttemptAt = null
    } else {
      const delay = (retryDelays[delivery.attemptsCount - 1] ?? 0) * settings.retryScale
      this.#schedule(delivery, clock.now() + delay)
    }
    if (endpoint.status === 'active' && (gone || endpoint.consecutiveFailures >= settings.suspendAfter)) {
      this.suspend(endpoint)
    }
  }

  async #confirm(delivery: DeliveryRecord, endpoint: EndpointRecord): Promise<void> {
    const sentAt = this.deps.clock.now()
    const result = await runChallenge(endpoint.webhookUrl, this.deps, delivery.id)
    recordAttempt(this.deps.store, delivery, {
      sentAt,
      signature: '-',
      isSuccessful: result.ok,
      status: result.status,
      errorBody: result.ok ? '' : result.reason,
    })
    delivery.status = result.ok ? 'delivered' : 'failed'
    delivery.nextAttemptAt = null
    if (result.ok) this.activate(endpoint)
  }

  #nowIso(): string {
    return new Date(this.deps.clock.now()).toISOString()
  }
}
