import { createServer, type Socket } from 'node:net'
import { afterEach, expect, test } from 'vitest'
import { startFakeLucca, type FakeLucca, type LuccaHandler } from './fake-lucca.ts'
import { startTestConsole, testConfig, type TestConsole } from './harness.ts'

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

async function setup(handler: LuccaHandler, env: Record<string, string> = {}) {
  const lucca: FakeLucca = await startFakeLucca()
  lucca.state.handler = handler
  cleanup.push(() => lucca.close())
  const clock = { now: Date.now() }
  const proxy: TestConsole = await startTestConsole(await testConfig(lucca, env), undefined, {
    now: () => clock.now,
  })
  cleanup.push(async () => {
    await proxy.close()
    proxy.watch.secret(...lucca.issued)
    expect(proxy.watch.leaks()).toEqual([])
  })
  return { lucca, proxy, clock, cookie: await proxy.signIn() }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const ok: LuccaHandler = (_request, reply) => reply.send({ type: 'events', items: [] })
const createBody = { webhookUrl: 'https://example.com/hook', topics: ['employee.created'] }

test('Lucca 429 is passed through with its Retry-After and reason lucca-rate-limit, not retried', async () => {
  const { lucca, proxy, cookie } = await setup((_request, reply) =>
    reply.code(429).header('retry-after', '17').send({ status: 429, title: 'Too Many Requests' }),
  )
  const response = await proxy.call('/lucca-api/events', { cookie })
  expect(response.status).toBe(429)
  expect(response.headers.get('retry-after')).toBe('17')
  expect(response.json()).toMatchObject({ status: 429, extensions: { reason: 'lucca-rate-limit' } })
  expect(lucca.hits).toHaveLength(1)
})

test('a slow Lucca gives 504 after the header timeout, tried once: a timeout is not retried', async () => {
  const { lucca, proxy, cookie } = await setup(
    async (_request, reply) => {
      await sleep(1500)
      return reply.send({})
    },
    { UPSTREAM_HEADERS_TIMEOUT_MS: '200', CIRCUIT_FAILURE_THRESHOLD: '10' },
  )
  const started = Date.now()
  const post = await proxy.call('/lucca-api/webhook-endpoints', { method: 'POST', cookie, body: createBody })
  expect(post.status).toBe(504)
  expect(post.json()).toMatchObject({ status: 504, extensions: { reason: 'upstream-timeout' } })
  expect(Date.now() - started).toBeLessThan(1400)
  expect(lucca.hits).toHaveLength(1)
  const get = await proxy.call('/lucca-api/events', { cookie })
  expect(get.status).toBe(504)
  expect(lucca.hits).toHaveLength(2) // a retry would only have doubled the wait before the message
})

test('GET is retried at most twice on 503, then the failure is returned', async () => {
  const { lucca, proxy, cookie } = await setup((_request, reply) => reply.code(503).send({ status: 503 }), {
    CIRCUIT_FAILURE_THRESHOLD: '10',
  })
  const response = await proxy.call('/lucca-api/events', { cookie })
  expect(response.status).toBe(503)
  expect(lucca.hits).toHaveLength(3)
})

test('a GET that fails twice then succeeds is answered 200', async () => {
  let calls = 0
  const { lucca, proxy, cookie } = await setup((_request, reply) =>
    ++calls <= 2 ? reply.code(502).send({}) : reply.send({ type: 'events', items: [] }),
  )
  expect((await proxy.call('/lucca-api/events', { cookie })).status).toBe(200)
  expect(lucca.hits).toHaveLength(3)
})

test('POST, PATCH and DELETE are never retried, even on 503 or a dropped connection', async () => {
  const { lucca, proxy, cookie } = await setup(
    (request, reply) => {
      if (request.method === 'DELETE') {
        request.raw.socket.destroy()
        return reply
      }
      return reply.code(503).send({ status: 503 })
    },
    { CIRCUIT_FAILURE_THRESHOLD: '10' },
  )
  expect(
    (await proxy.call('/lucca-api/webhook-endpoints', { method: 'POST', cookie, body: createBody })).status,
  ).toBe(503)
  expect(lucca.hits).toHaveLength(1)
  expect(
    (await proxy.call('/lucca-api/webhook-endpoints/7', { method: 'PATCH', cookie, body: { name: 'x' } }))
      .status,
  ).toBe(503)
  expect(lucca.hits).toHaveLength(2)
  const deleted = await proxy.call('/lucca-api/webhook-endpoints/7', { method: 'DELETE', cookie })
  expect(deleted.status).toBe(502)
  expect(lucca.hits).toHaveLength(3)
})

test('the circuit opens after repeated failures, answers fast without calling Lucca, then probes', async () => {
  let healthy = false
  const { lucca, proxy, clock, cookie } = await setup(
    (_request, reply) => (healthy ? reply.send({ type: 'events', items: [] }) : reply.code(503).send({})),
    { CIRCUIT_FAILURE_THRESHOLD: '3', CIRCUIT_OPEN_SECONDS: '30' },
  )
  expect((await proxy.call('/lucca-api/events', { cookie })).status).toBe(503)
  expect(lucca.hits).toHaveLength(3)
  const open = await proxy.call('/lucca-api/events/1', { cookie })
  expect(open.status).toBe(503)
  expect(open.json()).toMatchObject({ extensions: { reason: 'circuit-open' } })
  expect(Number(open.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(lucca.hits).toHaveLength(3)
  healthy = true
  clock.now += 31_000
  expect((await proxy.call('/lucca-api/events/2', { cookie })).status).toBe(200)
  expect((await proxy.call('/lucca-api/events/3', { cookie })).status).toBe(200)
  expect(lucca.hits).toHaveLength(5)
})

test('identical concurrent GETs are coalesced into one Lucca call', async () => {
  const { lucca, proxy, cookie } = await setup(async (_request, reply) => {
    await sleep(150)
    return reply.send({ type: 'events', items: [{ id: '1' }] })
  })
  const responses = await Promise.all(
    Array.from({ length: 10 }, () => proxy.call('/lucca-api/events?limit=5', { cookie })),
  )
  expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200))
  expect(new Set(responses.map((response) => response.text)).size).toBe(1)
  expect(lucca.hits).toHaveLength(1)
})

test('the per-account budget keeps calls under the limit and tells the SPA with console-budget', async () => {
  const { lucca, proxy, clock, cookie } = await setup(ok, { LUCCA_BUDGET_PER_MINUTE: '5' })
  for (let i = 1; i <= 5; i += 1)
    expect((await proxy.call(`/lucca-api/events/${i}`, { cookie })).status).toBe(200)
  const throttled = await proxy.call('/lucca-api/events/6', { cookie })
  expect(throttled.status).toBe(429)
  expect(throttled.json()).toMatchObject({ status: 429, extensions: { reason: 'console-budget' } })
  const wait = Number(throttled.headers.get('retry-after'))
  expect(wait).toBeGreaterThan(0)
  expect(wait).toBeLessThanOrEqual(60)
  expect(lucca.hits).toHaveLength(5)
  clock.now += wait * 1000
  expect((await proxy.call('/lucca-api/events/6', { cookie })).status).toBe(200)
})

test('a Lucca body that stalls mid-way gives 504 after the body timeout', async () => {
  const { proxy, cookie } = await setup(
    (_request, reply) => {
      reply.raw.writeHead(200, { 'content-type': 'application/json' })
      reply.raw.write('{"type":"events","items":[')
      return reply
    },
    { UPSTREAM_BODY_TIMEOUT_MS: '200', CIRCUIT_FAILURE_THRESHOLD: '10' },
  )
  const response = await proxy.call('/lucca-api/webhook-endpoints/1', { method: 'DELETE', cookie })
  expect(response.status).toBe(504)
})

test('an upstream redirect is neither followed nor relayed: the host stays pinned', async () => {
  const { lucca, proxy, cookie } = await setup((_request, reply) =>
    reply.code(302).header('location', 'https://evil.example/steal').send(),
  )
  const response = await proxy.call('/lucca-api/events/1', { cookie })
  expect(response.status).toBe(502)
  expect(response.headers.get('location')).toBeNull()
  expect(lucca.hits).toHaveLength(1)
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
  const { proxy, cookie } = await setup(ok, {
    LUCCA_API_URL: `https://127.0.0.1:${port}`,
    UPSTREAM_CONNECT_TIMEOUT_MS: '200',
    UPSTREAM_HEADERS_TIMEOUT_MS: '30000',
  })
  const started = Date.now()
  const response = await proxy.call('/lucca-api/events', { cookie })
  expect(response.status).toBe(504)
  // undici's connect timer ticks at about 1 s; the one try (timeouts are not retried) ends well before the
  // 10 s default or the 30 s headers timeout.
  expect(Date.now() - started).toBeLessThan(6000)
})
