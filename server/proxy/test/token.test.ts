import { Agent, fetch as undiciFetch } from 'undici'
import { afterEach, expect, test } from 'vitest'
import { ClientCredentialsToken } from '../token.ts'
import { FAKE_CLIENT, startFakeLucca, type FakeLucca } from './fake-lucca.ts'
import { startTestConsole, testConfig, type TestConsole } from './harness.ts'
import { testCertificate } from '../../../testing/tls.ts'

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

async function setup(env: Record<string, string> = {}, tls?: { key: string; cert: string }) {
  const lucca: FakeLucca = await startFakeLucca(tls ? { tls } : {})
  cleanup.push(() => lucca.close())
  const clock = { now: Date.now() }
  const ca = tls ? [tls.cert] : undefined
  const agent = ca ? new Agent({ connect: { ca } }) : undefined
  const proxy: TestConsole = await startTestConsole(await testConfig(lucca, env), undefined, {
    now: () => clock.now,
    ...(ca ? { ca } : {}),
    ...(agent
      ? {
          customFetch: async (url: string, init: RequestInit) => {
            const response = await undiciFetch(url, {
              method: init.method ?? 'POST',
              headers: [...new Headers(init.headers)],
              body: init.body?.toString() ?? null,
              dispatcher: agent,
            })
            return new Response(await response.arrayBuffer(), {
              status: response.status,
              headers: [...response.headers],
            })
          },
        }
      : {}),
  })
  cleanup.push(async () => {
    await proxy.close()
    proxy.watch.secret(...lucca.issued)
    expect(proxy.watch.leaks()).toEqual([])
  })
  return { lucca, proxy, clock, cookie: await proxy.signIn() }
}

test('100 concurrent callers share one token request', async () => {
  const lucca = await startFakeLucca()
  cleanup.push(() => lucca.close())
  lucca.state.tokenDelayMs = 100
  const token = new ClientCredentialsToken({
    tokenUrl: `${lucca.url}/connect/token`,
    clientId: FAKE_CLIENT.id,
    clientSecret: FAKE_CLIENT.secret,
    scope: undefined,
  })
  const tokens = await Promise.all(Array.from({ length: 100 }, () => token.get()))
  expect(new Set(tokens).size).toBe(1)
  expect(lucca.issued).toHaveLength(1)
  expect(token.requestsMade).toBe(1)
})

test('concurrent proxied calls on a cold start make a single token request', async () => {
  const { lucca, proxy, cookie } = await setup({ LUCCA_BUDGET_PER_MINUTE: '50' })
  lucca.state.tokenDelayMs = 100
  const responses = await Promise.all(
    Array.from({ length: 40 }, (_, i) => proxy.call(`/lucca-api/events/${i + 1}`, { cookie })),
  )
  expect(responses.every((response) => response.status === 200)).toBe(true)
  expect(lucca.issued).toHaveLength(1)
})

test('the token is cached and renewed about 60 s before it expires', async () => {
  const { lucca, proxy, clock, cookie } = await setup()
  await proxy.call('/lucca-api/events/1', { cookie })
  expect(lucca.issued).toHaveLength(1)
  clock.now += 1739_000
  await proxy.call('/lucca-api/events/2', { cookie })
  expect(lucca.issued).toHaveLength(1)
  clock.now += 2_000
  await proxy.call('/lucca-api/events/3', { cookie })
  expect(lucca.issued).toHaveLength(2)
  expect(lucca.hits.at(-1)?.headers.authorization).toBe(`Bearer ${lucca.issued[1]}`)
})

test('a 401 from Lucca triggers one re-acquire and one replay', async () => {
  const { lucca, proxy, cookie } = await setup()
  await proxy.call('/lucca-api/events/1', { cookie })
  lucca.revokeTokens()
  const hitsBefore = lucca.hits.length
  const response = await proxy.call('/lucca-api/webhook-endpoints', {
    method: 'POST',
    cookie,
    body: { webhookUrl: 'https://example.com/hook', topics: ['employee.created'] },
  })
  expect(response.status).toBe(200)
  expect(lucca.issued).toHaveLength(2)
  expect(lucca.hits.length - hitsBefore).toBe(2)
  expect(lucca.hits.at(-1)?.body).toBe(lucca.hits.at(-2)?.body)
})

test('a Lucca that keeps answering 401 gets exactly one replay, never a loop', async () => {
  const { lucca, proxy, cookie } = await setup()
  lucca.state.handler = (_request, reply) => reply.code(401).send({ status: 401 })
  const response = await proxy.call('/lucca-api/events', { cookie })
  expect(response.status).toBe(502)
  expect(response.json()).toMatchObject({ extensions: { reason: 'upstream-auth' } })
  expect(lucca.hits).toHaveLength(2)
  expect(lucca.issued).toHaveLength(2)
})

test('over real TLS, /readyz is 200 when a token can be obtained', async () => {
  const { proxy } = await setup({}, await testCertificate())
  expect((await proxy.call('/readyz')).status).toBe(200)
  expect((await proxy.call('/healthz')).json()).toEqual({ status: 'ok' })
})

test('/readyz is 503 when the credentials are refused, /healthz still 200', async () => {
  const { proxy } = await setup({ LUCCA_CLIENT_SECRET: 'a-wrong-secret-but-long-enough' })
  const ready = await proxy.call('/readyz')
  expect(ready.status).toBe(503)
  expect(ready.text).not.toContain('a-wrong-secret')
  expect((await proxy.call('/healthz')).status).toBe(200)
})
