import { afterAll, expect, test } from 'vitest'
import { startReceiver } from '../../receiver/start.ts'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'

const receiver = await startReceiver()
const { emulator, call } = await emulatorHarness({ trustedCa: [receiver.ca], demoReceiverUrl: receiver.url })
afterAll(async () => {
  await emulator.close()
  await receiver.close()
})

const list = '/lucca-api/webhook-endpoints'

test('failNext makes the next N /lucca-api calls answer that status as a problem', async () => {
  expect(
    (await call('PUT', '/_emulator/config', { body: { failNext: { status: 503, count: 2 } } })).status,
  ).toBe(200)
  expect((await call('GET', list)).status).toBe(503)
  expect((await call('GET', list)).status).toBe(503)
  expect((await call('GET', list)).status).toBe(200)
  await call('PUT', '/_emulator/config', { body: { failNext: { status: 429, count: 1 } } })
  const throttled = await call('GET', list)
  expect(throttled.headers['retry-after']).toBe('1')
  expect(
    (await call('PUT', '/_emulator/config', { body: { failNext: { status: 200, count: 1 } } })).status,
  ).toBe(400)
})

test('the rate limit answers 429 with Retry-After once the window is full, and resets with the window', async () => {
  await call('PUT', '/_emulator/config', { body: { rateLimit: { requests: 3, windowSeconds: 60 } } })
  for (let i = 0; i < 3; i++) expect((await call('GET', list)).status).toBe(200)
  const limited = await call('GET', list)
  expect(limited.status).toBe(429)
  expect(limited.json).toMatchObject({
    type: 'https://tools.ietf.org/html/rfc6585#section-4',
    title: 'Too Many Requests',
  })
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
  await call('POST', '/_emulator/clock/advance', { body: { seconds: 60 } })
  expect((await call('GET', list)).status).toBe(200)
  await call('PUT', '/_emulator/config', { body: { rateLimit: 'off' } })
})

test('latency and token TTL can be changed while running', async () => {
  await call('PUT', '/_emulator/config', { body: { latencyMs: 120, tokenTtlSeconds: 5 } })
  const started = Date.now()
  await call('GET', list)
  expect(Date.now() - started).toBeGreaterThanOrEqual(100)
  const token = await call('POST', '/connect/token', {
    rawBody: 'grant_type=client_credentials&client_id=console-dev&client_secret=console-dev-secret',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })
  expect(token.json).toMatchObject({ expires_in: 5 })
  await call('PUT', '/_emulator/config', { body: { latencyMs: 0, tokenTtlSeconds: 1800 } })
})

test('reset with seed gives the demo account: one endpoint per state, with a valid history', async () => {
  const reset = await call('POST', '/_emulator/reset', { body: { seed: true } })
  expect(reset.json).toMatchObject({ endpoints: 4 })
  const endpoints = (await call('GET', list)).json as { items: { status: string; webhookUrl: string }[] }
  expect(endpoints.items.map((e) => e.status)).toEqual(['active', 'active', 'suspended', 'inactive'])
  expect(endpoints.items.every((e) => e.webhookUrl.startsWith(receiver.url))).toBe(true)
  // Every seeded resource passes the contract check inside `call`.
  const deliveries = await call('GET', '/lucca-api/webhook-deliveries?include=embedded,links,totalCount')
  expect((deliveries.json as { totalCount: number }).totalCount).toBe(7)
  const attempts = await call('GET', '/lucca-api/webhook-delivery-attempts?include=embedded&limit=100')
  expect((attempts.json as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(10)
  await call('GET', '/lucca-api/events?include=links,totalCount')
  expect((await call('POST', '/_emulator/seed')).status).toBe(409)
})

test('the seeded failing endpoint keeps retrying on the clock, and the outbox shows it', async () => {
  await call('POST', '/_emulator/clock/advance', { body: { seconds: 2 * 3600 } })
  const outbox = (await call('GET', '/_emulator/outbox')).json as {
    url: string
    responseStatusCode: number
  }[]
  expect(outbox.some((o) => o.url.endsWith('/fail/500/warehouse') && o.responseStatusCode === 500)).toBe(true)
  const clock = (await call('GET', '/_emulator/clock')).json as { now: string }
  expect(Date.parse(clock.now)).toBe(emulator.clock.now())
})

test('reset empties the store; control bodies are validated', async () => {
  await call('POST', '/_emulator/reset')
  expect(((await call('GET', `${list}?include=totalCount`)).json as { totalCount: number }).totalCount).toBe(
    0,
  )
  expect((await call('POST', '/_emulator/events', { body: { topic: 'Not A Topic' } })).status).toBe(400)
  expect((await call('POST', '/_emulator/clock/advance', { body: { seconds: -1 } })).status).toBe(400)
})

test('events older than the retention window disappear with their deliveries', async () => {
  const emitted = await call('POST', '/_emulator/events', { body: { topic: 'leave.created', data: {} } })
  const { eventId } = emitted.json as { eventId: string }
  expect((await call('GET', `/lucca-api/events/${eventId}`)).status).toBe(200)
  await call('POST', '/_emulator/clock/advance', { body: { seconds: 62 * 86_400 } })
  expect((await call('GET', `/lucca-api/events/${eventId}`)).status).toBe(404)
})

test('a call slower than 5 s is a 408 problem', async () => {
  await call('PUT', '/_emulator/config', { body: { latencyMs: 5200 } })
  const slow = await call('GET', list)
  expect(slow.status).toBe(408)
  expect(slow.json).toMatchObject({ title: 'Request Timeout' })
  await call('PUT', '/_emulator/config', { body: { latencyMs: 0 } })
  expect((await call('GET', list)).status).toBe(200)
})

test('control routes take an empty JSON body as no body, and refuse broken JSON with a 400', async () => {
  const empty = await call('POST', '/_emulator/reset', {
    rawBody: '',
    headers: { 'content-type': 'application/json' },
  })
  expect(empty.status).toBe(200)
  const broken = await call('POST', '/_emulator/reset', {
    rawBody: '{',
    headers: { 'content-type': 'application/json' },
  })
  expect(broken.status).toBe(400)
})

test('the clock also advances by a whole number of milliseconds', async () => {
  const before = emulator.clock.now()
  expect((await call('POST', '/_emulator/clock/advance', { body: { ms: 1500 } })).status).toBe(200)
  expect(emulator.clock.now() - before).toBe(1500)
  expect((await call('POST', '/_emulator/clock/advance', { body: { ms: 1.5 } })).status).toBe(400)
  expect((await call('POST', '/_emulator/clock/advance', { body: { ms: 1, seconds: 1 } })).status).toBe(400)
})
