import type { EmulatorContext } from '../context.ts'
import { createDelivery, recordEvent } from '../delivery/events.ts'
import type { DeliveryRecord, EndpointRecord } from '../store/records.ts'
import { backfill } from './backfill.ts'
import { pick, seededRandom } from './random.ts'
import { makeEndpoints } from './endpoints.ts'
import { resourceData } from './resources.ts'
import type { ReceiverProfile } from './simulated-receivers.ts'

export interface TrafficOptions {
  endpoints: number
  deliveriesPerDay: number
  /** Shares of the endpoints with each failing profile; the rest are healthy. */
  mix?: { [profile in Exclude<ReceiverProfile, 'healthy'>]?: number | undefined } | undefined
  seed?: number | undefined
  backfillHours?: number | undefined
  topics?: string[] | undefined
}

export interface TrafficStats {
  running: boolean
  seed: number | null
  deliveriesPerDay: number
  endpoints: number
  events: number
  deliveries: number
  /** POSTs the simulated receivers answered (backfill included). */
  attempts: number
  /** The generated endpoints' ids by receiver profile. */
  profiles: Record<ReceiverProfile, string[]>
}

/** What an emission needs: the live clock and engine, or the backfill's own (backfill.ts). */
export type EmitDeps = Pick<EmulatorContext, 'store' | 'clock' | 'engine' | 'settings'>

export interface Run {
  source: string
  random: () => number
  endpointIds: string[]
  /** Emission `k` happens at `anchor + k × interval`: negative k in the backfill, positive ones live. */
  anchor: number
  interval: number
}

const hourMs = 3_600_000
const dayMs = 24 * hourMs

/** `POST /_emulator/traffic`: endpoints with simulated receivers, and events at a steady rate on the clock. */
export class TrafficGenerator {
  #run: Run | undefined
  #cancel: (() => void) | undefined
  #stats = emptyStats()
  /** Endpoints made since the last reset, so names and hosts stay unique across runs. */
  #made = 0

  constructor(private readonly ctx: EmulatorContext) {}

  get running(): boolean {
    return this.#run !== undefined
  }

  async start(options: TrafficOptions, source: string): Promise<TrafficStats> {
    const { ctx } = this
    const seed = options.seed ?? 1
    const random = seededRandom(seed)
    const anchor = ctx.clock.now()
    const backfillMs = (options.backfillHours ?? 0) * hourMs
    const endpoints = makeEndpoints(
      ctx,
      { ...options, first: this.#made + 1 },
      random,
      anchor - backfillMs - 60_000,
    )
    this.#made += endpoints.length
    this.#stats.endpoints += endpoints.length
    for (const { record, profile } of endpoints) this.#stats.profiles[profile].push(record.id)
    const interval = options.deliveriesPerDay > 0 ? dayMs / options.deliveriesPerDay : Infinity
    const run: Run = { source, random, endpointIds: endpoints.map((e) => e.record.id), anchor, interval }
    ctx.receivers.reseed(seed)
    this.#stats = { ...this.#stats, running: true, seed, deliveriesPerDay: options.deliveriesPerDay }
    this.#run = run
    const emits = endpoints.length > 0 && options.deliveriesPerDay > 0
    if (emits && backfillMs > 0) {
      const made = await backfill(ctx, run, Math.floor(backfillMs / interval), (deps) =>
        this.#emit(deps, run),
      )
      ctx.engine.resumeAll(made)
    }
    ctx.store.changed()
    if (emits && this.#run === run) this.#scheduleLive(run, 1)
    return this.stats()
  }

  /** Stops making events; what exists stays, and its retries go on. */
  stop(): void {
    this.#cancel?.()
    this.#cancel = undefined
    this.#run = undefined
    this.#stats.running = false
  }

  reset(): void {
    this.stop()
    this.#stats = emptyStats()
    this.#made = 0
  }

  stats(): TrafficStats {
    return { ...this.#stats, attempts: this.ctx.receivers.posts }
  }

  #scheduleLive(run: Run, k: number): void {
    this.#cancel = this.ctx.clock.schedule(run.anchor + Math.round(k * run.interval), () => {
      if (this.#run !== run) return
      this.#emit(this.ctx, run)
      this.#scheduleLive(run, k + 1)
    })
  }

  /** One event for one generated endpoint, fanned out to it alone: deliveries per day = events per day. */
  #emit(deps: EmitDeps, run: Run): DeliveryRecord | undefined {
    const endpoint = usableEndpoint(deps, run)
    if (!endpoint) return undefined
    const topic = pick(endpoint.topics, run.random)
    const data = resourceData(topic, run.source, run.random)
    const event = recordEvent(
      deps,
      run.source,
      { topic, data, businessEstablishment: null },
      endpoint.apiVersion,
    )
    const delivery = createDelivery(deps, event, endpoint)
    this.#stats.events += 1
    this.#stats.deliveries += 1
    deps.store.changed()
    return delivery
  }
}

function emptyStats(): TrafficStats {
  return {
    running: false,
    seed: null,
    deliveriesPerDay: 0,
    endpoints: 0,
    events: 0,
    deliveries: 0,
    attempts: 0,
    profiles: { healthy: [], failing: [], flaky: [], gone: [], slow: [] },
  }
}

/** A random generated endpoint that still takes events (not deleted, not inactive), else the next that does. */
function usableEndpoint(deps: EmitDeps, run: Run): EndpointRecord | undefined {
  const start = Math.floor(run.random() * run.endpointIds.length)
  for (let i = 0; i < run.endpointIds.length; i++) {
    const id = run.endpointIds[(start + i) % run.endpointIds.length]
    const endpoint = id === undefined ? undefined : deps.store.endpoints.get(id)
    if (endpoint && endpoint.status !== 'inactive') return endpoint
  }
  return undefined
}
