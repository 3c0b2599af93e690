import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { nextPollDelay } from '../../src/features/deliveries/follow/follow-schedule.ts'
import { buildEmulator, type Emulator } from '../emulator/app.ts'
import { createClock } from '../emulator/clock.ts'
import { webhookScopes } from '../emulator/options.ts'
import { startReceiver, type Receiver } from '../receiver/start.ts'
import { SESSION_SECRET, startTestConsole, testConfig, type TestConsole } from '../proxy/test/harness.ts'

// Follows a delivery the way the delivery page does (same schedule function, same one-call look) through
// the real proxy to a real emulator delivering to the real HTTPS receiver, and counts what reached "Lucca".
// The emulator's clock is frozen and the follower "sleeps" by advancing it: browser and Lucca share one time.

const client = { id: 'cost-test', secret: 'cost-test-secret-0123456789' }
let emulator: Emulator
let emulatorUrl: string
let receiver: Receiver
let proxy: TestConsole
let cookie: string
const upstream: string[] = []

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
  receiver = await startReceiver({ port: 0 })
  emulator = await buildEmulator({
    clients: [{ ...client, scopes: webhookScopes }],
    trustedCa: [receiver.ca],
    clock: createClock({ frozen: true }),
    store: 'memory',
  })
  // The counting hook: every request the proxy sent to the emulated Lucca API.
  emulator.app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/lucca-api/')) upstream.push(`${request.method} ${request.url.split('?')[0]}`)
  })
  await emulator.app.listen({ host: '127.0.0.1', port: 0 })
  const address = emulator.app.server.address()
  emulatorUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  proxy = await startTestConsole(
    await testConfig(null, {
      SESSION_SECRET,
      LUCCA_API_URL: emulatorUrl,
      LUCCA_TOKEN_URL: `${emulatorUrl}/connect/token`,
      LUCCA_CLIENT_ID: client.id,
      LUCCA_CLIENT_SECRET: client.secret,
      // An emulator on loopback: the receiver it delivers to is local too, which only an emulator account may use.
      LUCCA_ENVIRONMENT: 'emulator',
    }),
  )
  cookie = await proxy.signIn()
})

afterAll(async () => {
  await proxy?.close()
  await emulator?.close()
  await receiver?.close()
})

async function lucca(path: string, body?: unknown) {
  const response = await proxy.call(`/lucca-api${path}`, {
    cookie,
    ...(body === undefined ? {} : { method: 'POST', body }),
  })
  expect(response.status, response.text).toBeLessThan(300)
  return response.json()
}

async function setSwitch(name: string, status: number) {
  const response = await fetch(`${receiver.url}/_receiver/switch/${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status }),
    // The receiver's certificate is generated at start-up; this control call trusts exactly that one.
    dispatcher: new (await import('undici')).Agent({ connect: { ca: receiver.ca } }),
  } as RequestInit)
  expect(response.ok).toBe(true)
}

test('following a delivery through three failed attempts and a success costs at most 10 upstream calls', async () => {
  await setSwitch('cost', 500)
  const endpoint = z.object({ id: z.string() }).parse(
    await lucca('/webhook-endpoints', {
      webhookUrl: `${receiver.url}/switch/cost`,
      topics: ['employee.created'],
      status: 'active',
    }),
  )
  upstream.length = 0

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
    if (attempts.length === 3) await setSwitch('cost', 202)
  }

  expect(delivery.status).toBe('delivered')
  expect(attempts.map((attempt) => attempt.responseStatusCode)).toEqual([500, 500, 500, 202])
  expect(upstream.length, upstream.join('\n')).toBeLessThanOrEqual(10)
  expect(upstream[0]).toBe('POST /lucca-api/webhook-deliveries')
})
