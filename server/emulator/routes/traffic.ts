import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { EmulatorContext } from '../context.ts'
import { baseUrl } from '../http/base-url.ts'
import type { TrafficGenerator } from '../traffic/generator.ts'
import { resourceTopics } from '../traffic/resources.ts'

const share = z.number().min(0).max(1).optional()
const trafficBody = z
  .object({
    endpoints: z.int().min(0).max(5000),
    deliveriesPerDay: z.int().min(0).max(1_000_000),
    mix: z
      .object({ failing: share, flaky: share, gone: share, slow: share })
      .strict()
      .refine((mix) => (mix.failing ?? 0) + (mix.flaky ?? 0) + (mix.gone ?? 0) + (mix.slow ?? 0) <= 1, {
        message: 'The shares add up to more than 1.',
      })
      .optional(),
    seed: z.int().optional(),
    backfillHours: z.number().min(0).max(1500).optional(),
    topics: z.array(z.enum(resourceTopics)).min(1).optional(),
  })
  .strict()

/** `/_emulator/traffic`: a busy account on the virtual clock (README, traffic generator). */
export async function trafficRoutes(
  app: FastifyInstance,
  ctx: EmulatorContext,
  traffic: TrafficGenerator,
): Promise<void> {
  app.post('/_emulator/traffic', async (request, reply) => {
    const body = trafficBody.safeParse(request.body)
    if (!body.success) return reply.code(400).send({ error: 'invalid body', issues: body.error.issues })
    if (traffic.running)
      return reply.code(409).send({ error: 'Traffic is already running; DELETE /_emulator/traffic first.' })
    const stats = await traffic.start(body.data, baseUrl(request))
    await ctx.engine.idle()
    return reply.code(201).send(stats)
  })

  app.get('/_emulator/traffic', async () => traffic.stats())

  app.delete('/_emulator/traffic', async () => {
    traffic.stop()
    return traffic.stats()
  })
}
