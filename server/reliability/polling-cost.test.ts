import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { nextPollDelay } from '../../src/features/deliveries/follow/follow-schedule.ts'
import { startStack, type InProcessStack } from '../../testing/stack.ts'
import type { Emulator } from '../emulator/app.ts'
import { createClock } from '../emulator/clock.ts'

// Follows a delivery the way the delivery page does (same schedule function, same one-call look) through
// the real proxy to a real emulator delivering to the real HTTPS receiver, and counts what reached "Lucca"
// on the tap between them. The emulator's clock is frozen and the follower "sleeps" by advancing it: browser
// and Lucca share one time.

let stack: InProcessStack
let emulator: Emulator
let cookie: string

const DeliverySchema = z.object({
  id: z.string(),
  status: z.enum(['delivered', 'undelivered', 'failed']),
  nextAttemptAt: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  attemptsCount: z.number(),
})
const AttemptsSchema = z.object({
  items: z.array(
    z.object({ id: z.string(), isSuccessful: z.boolean(), responseStatusCode: z.number().nullable() }),
  ),
  embedded: z.object({ 'webhook-delivery': z.record(z.string(), DeliverySchema).nullish() }).nullish(),
})

beforeAll(async () => {
  stack = await startStack({
    console: { run: 'in-process' },
    lucca: { emulator: 'in-process', options: { clock: createClock({ frozen: true }) }, tap: {} },
  })
  if (!stack.lucca?.instance) throw new Error('the emulator is not in this process')
  emulator = stack.lucca.instance
  cookie = await stack.signIn()
})

afterAll(() => stack?.close())

/** Every request the proxy sent to the emulated Lucca API since `from`. */
const upstreamSince = (from: number) =>
  (stack.tap?.requests() ?? [])
    .slice(from)
    .filter((request) => request.url.startsWith('/lucca-api/'))
    .map((request) => `${request.method} ${request.url.split('?')[0]}`)

async function lucca(path: string, body?: unknown) {
  const response = await stack.call(`/lucca-api${path}`, {
    cookie,
    ...(body === undefined ? {} : { method: 'POST', body }),
  })
  expect(response.status, response.text).toBeLessThan(300)
  return response.json()
}

test('following a delivery through three failed attempts and a success costs at most 10 upstream calls', async () => {
  await stack.receiver.setSwitch('cost', 500)
  const endpoint = z.object({ id: z.string() }).parse(
    await lucca('/webhook-endpoints', {
      webhookUrl: `${stack.receiverUrl}/switch/cost`,
      topics: ['employee.created'],
      status: 'active',
    }),
  )
  const from = stack.tap?.requests().length ?? 0

  let delivery = DeliverySchema.parse(
    await lucca('/webhook-deliveries', { webhookEndpoint: { id: endpoint.id } }),
  )
  let attempts: z.infer<typeof AttemptsSchema>['items'] = []
  for (let looks = 0; looks < 40; looks++) {
    const delay = nextPollDelay(delivery, emulator.clock.now())
    if (delay === false) break
    await emulator.clock.advance(delay)
    await emulator.idle()
    // One look, as useLiveDelivery makes it: the attempts, with the delivery embedded.
    const page = AttemptsSchema.parse(
      await lucca(
        `/webhook-delivery-attempts?webhookDelivery.id=${delivery.id}&include=embedded&limit=100&sort=id`,
      ),
    )
    attempts = page.items
    const embedded = page.embedded?.['webhook-delivery']?.[delivery.id]
    delivery = embedded ?? DeliverySchema.parse(await lucca(`/webhook-deliveries/${delivery.id}`))
    if (attempts.length === 3) await stack.receiver.setSwitch('cost', 202)
  }

  expect(delivery.status).toBe('delivered')
  expect(attempts.map((attempt) => attempt.responseStatusCode)).toEqual([500, 500, 500, 202])
  const upstream = upstreamSince(from)
  expect(upstream.length, upstream.join('\n')).toBeLessThanOrEqual(10)
  expect(upstream[0]).toBe('POST /lucca-api/webhook-deliveries')
})
