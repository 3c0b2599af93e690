import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import type { EmulatorContext } from '../context.ts'
import { emitEvent } from '../delivery/events.ts'
import { baseUrl } from '../http/base-url.ts'
import { acceptJsonOnly } from '../http/json-body.ts'
import { seedDemoData } from '../seed.ts'
import { TrafficGenerator } from '../traffic/generator.ts'
import { trafficRoutes } from './traffic.ts'

const eventBody = z
  .object({
    topic: z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/),
    data: z.record(z.string(), z.unknown()).default({}),
    businessEstablishment: z
      .object({ id: z.string().min(1) })
      .nullable()
      .optional(),
    previousAttributes: z.record(z.string(), z.unknown()).optional(),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()

const configBody = z
  .object({
    rateLimit: z
      .union([z.literal('off'), z.object({ requests: z.int().min(1), windowSeconds: z.int().min(1) })])
      .optional(),
    tokenTtlSeconds: z.int().min(1).optional(),
    latencyMs: z.int().min(0).max(60_000).optional(),
    failNext: z
      .object({ status: z.int().min(400).max(599), count: z.int().min(1) })
      .nullable()
      .optional(),
    outage: z.boolean().optional(),
  })
  .strict()

const maxAdvanceSeconds = 366 * 86_400
// `{seconds}`, or `{ms}` for a whole number of milliseconds that no float conversion can round.
const advanceBody = z.union([
  z.object({ seconds: z.number().min(0).max(maxAdvanceSeconds) }).strict(),
  z
    .object({
      ms: z
        .int()
        .min(0)
        .max(maxAdvanceSeconds * 1000),
    })
    .strict(),
])

/** `/_emulator/*`: test and demo controls, not part of Lucca, never called by product code. */
export async function controlRoutes(app: FastifyInstance, ctx: EmulatorContext): Promise<void> {
  acceptJsonOnly(app)
  const traffic = new TrafficGenerator(ctx)
  app.addHook('onClose', async () => traffic.stop())
  const reset = () => {
    traffic.reset()
    ctx.engine.stop()
    ctx.clock.reset()
    ctx.store.clear()
    ctx.outbox.clear()
    ctx.runtime.failNext = null
    ctx.runtime.outage = false
    ctx.requests.clear()
    ctx.receivers.clear()
  }
  const seed = (request: FastifyRequest) => seedDemoData(ctx, baseUrl(request))

  app.post('/_emulator/reset', async (request, reply) => {
    const body = parse(z.object({ seed: z.boolean().optional() }).strict(), request.body ?? {}, reply)
    if (!body) return reply
    reset()
    if (body.seed) seed(request)
    return reply.send({ endpoints: ctx.store.endpoints.size, events: ctx.store.events.size })
  })

  app.post('/_emulator/seed', async (request, reply) => {
    if (!ctx.store.isEmpty())
      return reply.code(409).send({ error: 'The store is not empty; POST /_emulator/reset {"seed": true}.' })
    seed(request)
    return reply.send({ endpoints: ctx.store.endpoints.size, events: ctx.store.events.size })
  })

  app.post('/_emulator/events', async (request, reply) => {
    const body = parse(eventBody, request.body, reply)
    if (!body) return reply
    const input = {
      topic: body.topic,
      data: body.data,
      ...(body.businessEstablishment === undefined
        ? {}
        : { businessEstablishment: body.businessEstablishment }),
      ...(body.previousAttributes ? { previousAttributes: body.previousAttributes } : {}),
      ...(body.occurredAt ? { occurredAt: body.occurredAt } : {}),
    }
    const { events, deliveries } = emitEvent(ctx, baseUrl(request), input)
    // One event per API version served (variants.ts); `eventId` is the first, the default version's.
    return reply.code(201).send({
      eventId: events[0]?.id,
      eventIds: events.map((e) => e.id),
      deliveryIds: deliveries.map((d) => d.id),
    })
  })

  app.get('/_emulator/clock', async () => ({ now: new Date(ctx.clock.now()).toISOString() }))

  app.post('/_emulator/clock/advance', async (request, reply) => {
    const body = parse(advanceBody, request.body, reply)
    if (!body) return reply
    await ctx.clock.advance('ms' in body ? body.ms : body.seconds * 1000)
    await ctx.engine.idle()
    return reply.send({ now: new Date(ctx.clock.now()).toISOString() })
  })

  await trafficRoutes(app, ctx, traffic)

  app.get('/_emulator/outbox', async () => ctx.outbox.list())

  // Lets an e2e run verify the signature of every request its receiver got; Lucca shows a secret only once.
  app.get('/_emulator/secrets', async () =>
    [...ctx.store.endpoints.values()].map((e) => ({
      endpointId: e.id,
      webhookUrl: e.webhookUrl,
      secret: e.secret,
    })),
  )

  app.put('/_emulator/config', async (request, reply) => {
    const body = parse(configBody, request.body, reply)
    if (!body) return reply
    if (body.rateLimit !== undefined) ctx.runtime.rateLimit = body.rateLimit
    if (body.tokenTtlSeconds !== undefined) ctx.runtime.tokenTtlSeconds = body.tokenTtlSeconds
    if (body.latencyMs !== undefined) ctx.runtime.latencyMs = body.latencyMs
    if (body.failNext !== undefined) ctx.runtime.failNext = body.failNext
    if (body.outage !== undefined) ctx.runtime.outage = body.outage
    return reply.send(ctx.runtime)
  })

  app.get<{ Querystring: { clientId?: unknown } }>('/_emulator/requests', async (request) => {
    const { clientId } = request.query
    return { minutes: ctx.requests.list(typeof clientId === 'string' ? clientId : undefined) }
  })

  app.delete('/_emulator/requests', async (_request, reply) => {
    ctx.requests.clear()
    return reply.code(204).send()
  })
}

function parse<T>(schema: z.ZodType<T>, body: unknown, reply: FastifyReply): T | undefined {
  const result = schema.safeParse(body)
  if (result.success) return result.data
  void reply.code(400).send({ error: 'invalid body', issues: result.error.issues })
  return undefined
}
