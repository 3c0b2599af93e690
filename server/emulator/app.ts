import compress from '@fastify/compress'
import Fastify, { type FastifyInstance } from 'fastify'
import { createClock, type Clock } from './clock.ts'
import type { EmulatorContext } from './context.ts'
import { DeliveryEngine } from './delivery/engine.ts'
import { createHttpClient } from './delivery/http-client.ts'
import { Outbox } from './delivery/outbox.ts'
import { baseUrl } from './http/base-url.ts'
import { plainCursors } from './http/paging.ts'
import { RequestCounts } from './http/request-counts.ts'
import { sealedCursors } from './http/sealed-cursors.ts'
import { TokenStore } from './http/tokens.ts'
import { resolveSettings, type EmulatorOptions, type RuntimeConfig } from './options.ts'
import { registerCors } from './http/cors.ts'
import { luccaApi } from './routes/api.ts'
import { controlRoutes } from './routes/control.ts'
import { tokenRoutes } from './routes/token.ts'
import { seedDemoData } from './seed.ts'
import { persistTo } from './store/persist.ts'
import { SimulatedReceivers, withSimulatedReceivers } from './traffic/simulated-receivers.ts'
import { Store } from './store/store.ts'

export type { EmulatorOptions } from './options.ts'

export interface Emulator {
  app: FastifyInstance
  clock: Clock
  /** Resolves once no delivery attempt is running (tests). */
  idle(): Promise<void>
  close(): Promise<void>
}

const dayMs = 24 * 60 * 60_000

/** The emulated Lucca webhook API as a Fastify app, for `app.inject()` tests or `startEmulator()`. */
export async function buildEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const settings = resolveSettings(options)
  const clock = options.clock ?? createClock()
  const store = new Store(
    settings.strict ? { order: 'id', attemptIds: 'uuid' } : { order: 'creation', attemptIds: 'sequence' },
  )
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: settings.maxBodyBytes })
  const persisted =
    options.store && options.store !== 'memory'
      ? persistTo(store, options.store.file, (message) => app.log.warn(message))
      : undefined
  const runtime: RuntimeConfig = {
    rateLimit: settings.rateLimit,
    tokenTtlSeconds: settings.tokenTtlSeconds,
    latencyMs: 0,
    failNext: null,
    outage: false,
  }
  const receivers = new SimulatedReceivers(() => settings.deliveryTimeoutMs)
  const http = withSimulatedReceivers(
    createHttpClient(settings.trustedCa, () => settings.deliveryTimeoutMs),
    receivers,
  )
  const outbox = new Outbox()
  const engine = new DeliveryEngine({ store, clock, settings, http, outbox })
  const ctx: EmulatorContext = {
    settings,
    runtime,
    clock,
    store,
    tokens: new TokenStore(clock),
    engine,
    http,
    outbox,
    cursors: settings.strict ? sealedCursors() : plainCursors,
    requests: new RequestCounts(),
    receivers,
  }

  app.decorate('publicBaseUrl', settings.publicBaseUrl?.replace(/\/+$/, ''))
  // The demo events' `source` is the tenant origin every later event gets (lucca-api.md §1 [E]): the public
  // base URL, else the origin clients reach the emulator at, which only a request tells.
  let seedPending = settings.seed && store.isEmpty()
  app.addHook('onRequest', async (request) => {
    if (!seedPending) return
    seedPending = false
    seedDemoData(ctx, baseUrl(request))
  })
  // Retention (lucca-api.md §7.8) is enforced lazily, before each request reads the store.
  app.addHook('onRequest', async () => store.purgeBefore(clock.now() - settings.retentionDays * dayMs))
  if (settings.cors) registerCors(app)
  // lucca-api.md §2.7 [E]: br, gzip or deflate by q-value, nothing under 1 KiB.
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate', 'identity'] })
  await app.register(async (scope) => tokenRoutes(scope, ctx))
  await app.register(async (scope) => luccaApi(scope, ctx), { prefix: '/lucca-api' })
  await app.register(async (scope) => controlRoutes(scope, ctx))

  engine.resumeAll()

  return {
    app,
    clock,
    idle: () => engine.idle(),
    async close() {
      engine.stop()
      await app.close()
      await engine.idle()
      persisted?.flush()
      await http.close()
    },
  }
}
