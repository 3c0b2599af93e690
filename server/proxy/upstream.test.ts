import type { ServerResponse } from 'node:http'
import { createServer, type Socket } from 'node:net'
import { afterEach, expect, test } from 'vitest'
import type { EmulatorConfig } from '../../testing/emulator-control.ts'
import { startStack, tapOf } from '../../testing/stack.ts'
import { startUpstreamStub } from '../../testing/upstream-stub.ts'

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

/** A console on the emulator behind a tap; `lucca` is what the emulator does wrong from the start. */
async function setup(lucca: EmulatorConfig = {}, env: Record<string, string> = {}) {
  const clock = { now: Date.now() }
  const stack = await startStack({
    console: { run: 'in-process', options: { now: () => clock.now } },
    lucca: { emulator: 'in-process', tap: {} },
    env: { LUCCA_ENVIRONMENT: 'sandbox', ...env },
  })
  cleanup.push(async () => {
    await stack.close()
    expect(stack.console.watch.leaks()).toEqual([])
  })
  await stack.emulator.configure(lucca)
  const tap = tapOf(stack)
  return { stack, tap, hits: () => tap.requests('/lucca-api'), clock, cookie: await stack.signIn() }
}

/** For what no Lucca answers, so the emulator never does: `answer` plays the API, the emulator the tokens. */
async function stubbed(answer: (res: ServerResponse) => void, env: Record<string, string> = {}) {
  const stub = await startUpstreamStub((_req, res) => answer(res))
  cleanup.push(() => stub.close())
  return { stub, ...(await setup({}, { ...env, LUCCA_API_URL: stub.url })) }
}

const createBody = { webhookUrl: 'https://example.com/hook', topics: ['employee.created'] }

test('Lucca 429 is passed through with its Retry-After and reason lucca-rate-limit, not retried', async () => {
  const { stack, tap, hits, cookie } = await setup()
  tap.inject('/lucca-api', { kind: 'status', status: 429, retryAfterSeconds: 17 })
  const response = await stack.call('/lucca-api/events', { cookie })
  expect(response.status).toBe(429)
  expect(response.headers.get('retry-after')).toBe('17')
  expect(response.json()).toMatchObject({ status: 429, extensions: { reason: 'lucca-rate-limit' } })
  expect(hits()).toHaveLength(1)
})

test('a slow Lucca gives 504 after the header timeout, tried once: a timeout is not retried', async () => {
  const { stack, hits, cookie } = await setup(
    { latencyMs: 1500 },
    { UPSTREAM_HEADERS_TIMEOUT_MS: '200', CIRCUIT_FAILURE_THRESHOLD: '10' },
  )
  const started = Date.now()
  const post = await stack.call('/lucca-api/webhook-endpoints', { method: 'POST', cookie, body: createBody })
  expect(post.status).toBe(504)
  expect(post.json()).toMatchObject({ status: 504, extensions: { reason: 'upstream-timeout' } })
  expect(Date.now() - started).toBeLessThan(1400)
  expect(hits()).toHaveLength(1)
  const get = await stack.call('/lucca-api/events', { cookie })
  expect(get.status).toBe(504)
  expect(hits()).toHaveLength(2) // a retry would only have doubled the wait before the message
})

test('GET is retried at most twice on 503, then the failure is returned', async () => {
  const { stack, hits, cookie } = await setup(
    { failNext: { status: 503, count: 1000 } },
    { CIRCUIT_FAILURE_THRESHOLD: '10' },
  )
  const response = await stack.call('/lucca-api/events', { cookie })
  expect(response.status).toBe(503)
  expect(hits()).toHaveLength(3)
})

test('a GET that fails twice then succeeds is answered 200', async () => {
  const { stack, hits, cookie } = await setup({ failNext: { status: 502, count: 2 } })
  expect((await stack.call('/lucca-api/events', { cookie })).status).toBe(200)
  expect(hits()).toHaveLength(3)
})

test('POST, PATCH and DELETE are never retried, even on 503 or a dropped connection', async () => {
  const { stack, tap, hits, cookie } = await setup(
    { failNext: { status: 503, count: 2 } },
    { CIRCUIT_FAILURE_THRESHOLD: '10' },
  )
  expect(
    (await stack.call('/lucca-api/webhook-endpoints', { method: 'POST', cookie, body: createBody })).status,
  ).toBe(503)
  expect(hits()).toHaveLength(1)
  expect(
    (await stack.call('/lucca-api/webhook-endpoints/7', { method: 'PATCH', cookie, body: { name: 'x' } }))
      .status,
  ).toBe(503)
  expect(hits()).toHaveLength(2)
  tap.inject('/lucca-api/webhook-endpoints/7', { kind: 'reset' })
  const deleted = await stack.call('/lucca-api/webhook-endpoints/7', { method: 'DELETE', cookie })
  expect(deleted.status).toBe(502)
  expect(hits()).toHaveLength(3)
})

test('the circuit opens after repeated failures, answers fast without calling Lucca, then probes', async () => {
  const { stack, hits, clock, cookie } = await setup(
    { failNext: { status: 503, count: 1000 } },
    { CIRCUIT_FAILURE_THRESHOLD: '3', CIRCUIT_OPEN_SECONDS: '30' },
  )
  expect((await stack.call('/lucca-api/events', { cookie })).status).toBe(503)
  expect(hits()).toHaveLength(3)
  const open = await stack.call('/lucca-api/events?limit=1', { cookie })
  expect(open.status).toBe(503)
  expect(open.json()).toMatchObject({ extensions: { reason: 'circuit-open' } })
  expect(Number(open.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(hits()).toHaveLength(3)
  await stack.emulator.configure({ failNext: null })
  clock.now += 31_000
  expect((await stack.call('/lucca-api/events?limit=2', { cookie })).status).toBe(200)
  expect((await stack.call('/lucca-api/events?limit=3', { cookie })).status).toBe(200)
  expect(hits()).toHaveLength(5)
})

test('identical concurrent GETs are coalesced into one Lucca call', async () => {
  const { stack, hits, cookie } = await setup({ latencyMs: 150 })
  const responses = await Promise.all(
    Array.from({ length: 10 }, () => stack.call('/lucca-api/events?limit=5', { cookie })),
  )
  expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200))
  expect(new Set(responses.map((response) => response.text)).size).toBe(1)
  expect(hits()).toHaveLength(1)
})

test('the per-account budget keeps calls under the limit and tells the SPA with console-budget', async () => {
  const { stack, hits, clock, cookie } = await setup({}, { LUCCA_BUDGET_PER_MINUTE: '5' })
  for (let i = 1; i <= 5; i += 1)
    expect((await stack.call(`/lucca-api/events?limit=${i}`, { cookie })).status).toBe(200)
  const throttled = await stack.call('/lucca-api/events?limit=6', { cookie })
  expect(throttled.status).toBe(429)
  expect(throttled.json()).toMatchObject({ status: 429, extensions: { reason: 'console-budget' } })
  const wait = Number(throttled.headers.get('retry-after'))
  expect(wait).toBeGreaterThan(0)
  expect(wait).toBeLessThanOrEqual(60)
  expect(hits()).toHaveLength(5)
  clock.now += wait * 1000
  expect((await stack.call('/lucca-api/events?limit=6', { cookie })).status).toBe(200)
})

test('a Lucca body that stalls mid-way gives 504 after the body timeout', async () => {
  const { stack, cookie } = await stubbed(
    (res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"type":"events","items":[')
    },
    { UPSTREAM_BODY_TIMEOUT_MS: '200', CIRCUIT_FAILURE_THRESHOLD: '10' },
  )
  const response = await stack.call('/lucca-api/webhook-endpoints/1', { method: 'DELETE', cookie })
  expect(response.status).toBe(504)
})

test('an upstream redirect is neither followed nor relayed: the host stays pinned', async () => {
  const { stack, stub, cookie } = await stubbed((res) =>
    res.writeHead(302, { location: 'https://evil.example/steal' }).end(),
  )
  const response = await stack.call('/lucca-api/events/1', { cookie })
  expect(response.status).toBe(502)
  expect(response.headers.get('location')).toBeNull()
  expect(stub.requests()).toHaveLength(1)
})

test('a Lucca host that accepts TCP but never completes TLS gives 504 after the connect timeout', async () => {
  const silentSockets: Socket[] = []
  const silent = createServer((socket) => void silentSockets.push(socket))
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  cleanup.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of silentSockets) socket.destroy()
        silent.close(() => resolve())
      }),
  )
  const address = silent.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const { stack, cookie } = await setup(
    {},
    {
      LUCCA_API_URL: `https://127.0.0.1:${port}`,
      UPSTREAM_CONNECT_TIMEOUT_MS: '200',
      UPSTREAM_HEADERS_TIMEOUT_MS: '30000',
    },
  )
  const started = Date.now()
  const response = await stack.call('/lucca-api/events', { cookie })
  expect(response.status).toBe(504)
  // undici's connect timer ticks at about 1 s; the one try (timeouts are not retried) ends well before the
  // 10 s default or the 30 s headers timeout.
  expect(Date.now() - started).toBeLessThan(6000)
})
