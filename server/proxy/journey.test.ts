import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { startStack, type InProcessStack } from '../../testing/stack.ts'

// Against the real embedded emulator and HTTPS receiver (no Lucca variable set), as `npm start` runs.
let stack: InProcessStack
let cookie: string
const webhookSecrets: string[] = []

const SessionSchema = z.object({
  user: z.object({ username: z.string(), role: z.enum(['viewer', 'admin']) }),
  accounts: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      environment: z.string(),
      apiHost: z.string(),
      allowsPrivateReceivers: z.boolean(),
      testReceiverUrl: z.string().nullable(),
    }),
  ),
  activeAccountId: z.string(),
})
const ListSchema = z.object({
  items: z.array(z.object({ id: z.string(), webhookUrl: z.string().optional() })),
})
const CreatedSchema = z.object({ id: z.string(), secret: z.string() })

beforeAll(async () => {
  stack = await startStack({ console: { run: 'in-process' } })
})
afterAll(async () => {
  await stack.close()
  // Webhook secrets are shown to the admin once, at creation; they must still never be logged.
  expect(
    webhookSecrets.filter((secret) => stack.console.watch.logs.some((line) => line.includes(secret))),
  ).toEqual([])
  expect(stack.console.watch.leaks()).toEqual([])
  expect(stack.console.watch.logs.length).toBeGreaterThan(20)
})

test('an admin signs in, manages an endpoint, sends a test, and every write is audited', async () => {
  expect((await stack.call('/api/session')).status).toBe(401)
  cookie = await stack.signIn()
  const session = SessionSchema.parse((await stack.call('/api/session', { cookie })).json())
  expect(session.accounts).toEqual([
    expect.objectContaining({ id: 'emulator', environment: 'emulator', allowsPrivateReceivers: true }),
  ])
  expect(`http://${session.accounts[0]?.apiHost}`).toBe(stack.emulatorUrl)

  const seeded = ListSchema.parse((await stack.call('/lucca-api/webhook-endpoints', { cookie })).json())
  expect(seeded.items.length).toBeGreaterThan(0)
  const receiver = new URL(seeded.items.find((item) => item.webhookUrl)?.webhookUrl ?? '').origin
  // The create form offers the same local receiver the demo endpoints point at.
  expect(session.accounts[0]).toMatchObject({ testReceiverUrl: receiver })

  const created = await stack.call('/lucca-api/webhook-endpoints', {
    method: 'POST',
    cookie,
    body: {
      name: 'Journey',
      webhookUrl: `${receiver}/ok/journey`,
      topics: ['employee.created'],
      status: 'active',
    },
  })
  expect(created.status).toBe(201)
  const endpoint = CreatedSchema.parse(created.json())
  webhookSecrets.push(endpoint.secret)

  const read = await stack.call(`/lucca-api/webhook-endpoints/${endpoint.id}`, { cookie })
  expect(read.status).toBe(200)
  expect(read.text).not.toContain(endpoint.secret)
  const etag = read.headers.get('etag') ?? ''
  expect(
    (
      await stack.call(`/lucca-api/webhook-endpoints/${endpoint.id}`, {
        cookie,
        headers: { 'if-none-match': etag },
      })
    ).status,
  ).toBe(304)

  const patched = await stack.call(`/lucca-api/webhook-endpoints/${endpoint.id}`, {
    method: 'PATCH',
    cookie,
    body: { name: 'Journey 2' },
  })
  expect(patched.status).toBe(200)
  const test_ = await stack.call('/lucca-api/webhook-deliveries', {
    method: 'POST',
    cookie,
    body: { webhookEndpoint: { id: endpoint.id } },
  })
  expect([201, 202]).toContain(test_.status)
  const delivery = z.object({ id: z.string() }).parse(test_.json())
  expect(
    (await stack.call(`/lucca-api/webhook-deliveries/${delivery.id}?include=embedded`, { cookie })).status,
  ).toBe(200)
  expect(
    (await stack.call(`/lucca-api/webhook-delivery-attempts?webhookDelivery.id=${delivery.id}`, { cookie }))
      .status,
  ).toBe(200)
  const events = ListSchema.parse((await stack.call('/lucca-api/events?limit=5&sort=-id', { cookie })).json())
  const eventId = events.items[0]?.id ?? ''
  expect((await stack.call(`/lucca-api/events/${eventId}`, { cookie })).status).toBe(200)
  const redelivery = await stack.call('/lucca-api/webhook-deliveries', {
    method: 'POST',
    cookie,
    body: { event: { id: eventId }, webhookEndpoint: { id: endpoint.id } },
  })
  expect([201, 202]).toContain(redelivery.status)
  expect(
    (await stack.call(`/lucca-api/webhook-endpoints/${endpoint.id}`, { method: 'DELETE', cookie })).status,
  ).toBe(204)

  const audit = z
    .object({
      items: z.array(
        z.object({
          action: z.string(),
          target: z.string(),
          username: z.string(),
          accountId: z.string(),
          targetLabel: z.nullable(z.string()),
          status: z.number(),
        }),
      ),
    })
    .parse((await stack.call('/api/audit?limit=10', { cookie })).json())
  expect(audit.items.map((entry) => [entry.action, entry.target, entry.status])).toEqual([
    ['endpoint.delete', `webhook-endpoints/${endpoint.id}`, 204],
    // The event was read just before (GET /events/:id), so the history knows its topic.
    [
      'delivery.redeliver',
      `events/${eventId} (test.created) -> webhook-endpoints/${endpoint.id}`,
      redelivery.status,
    ],
    ['delivery.test', `webhook-endpoints/${endpoint.id}`, test_.status],
    ['endpoint.update', `webhook-endpoints/${endpoint.id}`, 200],
    ['endpoint.create', `webhook-endpoints/${endpoint.id}`, 201],
    ['session.sign-in', 'users/admin', 200],
  ])
  // The trail names the endpoint as admins knew it then, even for the writes that do not carry its name.
  const named = audit.items.filter((entry) => entry.target === `webhook-endpoints/${endpoint.id}`)
  expect(named.map((entry) => [entry.action, entry.targetLabel])).toEqual([
    ['endpoint.delete', 'Journey 2'],
    ['delivery.test', 'Journey 2'],
    ['endpoint.update', 'Journey 2'],
    ['endpoint.create', 'Journey'],
  ])
  expect(audit.items.every((entry) => entry.username === 'admin' && entry.accountId === 'emulator')).toBe(
    true,
  )
})

test("against the emulator's fault injection: GET retried through 503s, POST not, Lucca 429 passed on", async () => {
  await stack.emulator.configure({ failNext: { status: 503, count: 2 } })
  expect((await stack.call('/lucca-api/webhook-endpoints', { cookie })).status).toBe(200)

  await stack.emulator.configure({ failNext: { status: 503, count: 1 } })
  const post = await stack.call('/lucca-api/webhook-endpoints', {
    method: 'POST',
    cookie,
    body: { webhookUrl: 'https://127.0.0.1:1/never', topics: ['employee.created'] },
  })
  expect(post.status).toBe(503)
  // The one failure was used up by the POST: it was not retried into creating an endpoint.
  expect((await stack.call('/lucca-api/webhook-endpoints/1', { cookie })).status).toBe(200)

  await stack.emulator.configure({ rateLimit: { requests: 1, windowSeconds: 60 } })
  await stack.call('/lucca-api/events/1', { cookie })
  const limited = await stack.call('/lucca-api/events/2', { cookie })
  expect(limited.status).toBe(429)
  expect(limited.json()).toMatchObject({ extensions: { reason: 'lucca-rate-limit' } })
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  await stack.emulator.configure({ rateLimit: 'off' })
})

test('logout ends the journey: the cookie is dead server-side', async () => {
  expect((await stack.call('/api/session', { method: 'DELETE', cookie })).status).toBe(204)
  expect((await stack.call('/lucca-api/webhook-endpoints', { cookie })).status).toBe(401)
})
