import { Agent, fetch as undiciFetch } from 'undici'
import { afterEach, expect, test } from 'vitest'
import { emulatorClient } from '../../testing/emulator-control.ts'
import { startLucca } from '../../testing/lucca.ts'
import { startStack, tapOf } from '../../testing/stack.ts'
import { issuedTokens } from '../../testing/tap.ts'
import { testCertificate } from '../../testing/tls.ts'
import { ClientCredentialsToken } from './token.ts'

const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

/** A console on the emulator behind a tap (over TLS with `tls`), on a clock the test moves. */
async function setup(env: Record<string, string> = {}, tls?: { key: string; cert: string }) {
  const clock = { now: Date.now() }
  const ca = tls ? [tls.cert] : undefined
  const agent = ca ? new Agent({ connect: { ca } }) : undefined
  const stack = await startStack({
    console: {
      run: 'in-process',
      options: {
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
      },
    },
    lucca: { emulator: 'in-process', tap: tls ? { tls } : {} },
    env: { LUCCA_ENVIRONMENT: 'sandbox', ...env },
  })
  cleanup.push(async () => {
    await stack.close()
    await agent?.close()
    expect(stack.console.watch.leaks()).toEqual([])
  })
  const tap = tapOf(stack)
  return { stack, tap, hits: () => tap.requests('/lucca-api'), clock, cookie: await stack.signIn() }
}

test('100 concurrent callers share one token request', async () => {
  const lucca = await startLucca({ emulator: 'in-process', tap: {} })
  cleanup.push(() => lucca.close())
  const tap = tapOf(lucca)
  tap.inject('/connect/token', { kind: 'delay', ms: 100 })
  const token = new ClientCredentialsToken({
    tokenUrl: lucca.tokenUrl,
    clientId: emulatorClient.id,
    clientSecret: emulatorClient.secret,
    scope: undefined,
  })
  const tokens = await Promise.all(Array.from({ length: 100 }, () => token.get()))
  expect(new Set(tokens).size).toBe(1)
  expect(issuedTokens(tap)).toHaveLength(1)
  expect(token.requestsMade).toBe(1)
})

test('concurrent proxied calls on a cold start make a single token request', async () => {
  const { stack, tap, cookie } = await setup({ LUCCA_BUDGET_PER_MINUTE: '50' })
  tap.inject('/connect/token', { kind: 'delay', ms: 100 })
  const responses = await Promise.all(
    Array.from({ length: 40 }, (_, i) => stack.call(`/lucca-api/events?limit=${i + 1}`, { cookie })),
  )
  expect(responses.every((response) => response.status === 200)).toBe(true)
  expect(issuedTokens(tap)).toHaveLength(1)
})

test('the token is cached and renewed about 60 s before it expires', async () => {
  const { stack, tap, hits, clock, cookie } = await setup()
  await stack.call('/lucca-api/events?limit=1', { cookie })
  expect(issuedTokens(tap)).toHaveLength(1)
  clock.now += 1739_000
  await stack.call('/lucca-api/events?limit=2', { cookie })
  expect(issuedTokens(tap)).toHaveLength(1)
  clock.now += 2_000
  await stack.call('/lucca-api/events?limit=3', { cookie })
  expect(issuedTokens(tap)).toHaveLength(2)
  expect(hits().at(-1)?.headers.authorization).toBe(`Bearer ${issuedTokens(tap)[1]}`)
})

test('a 401 from Lucca triggers one re-acquire and one replay', async () => {
  const { stack, tap, hits, cookie } = await setup()
  await stack.call('/lucca-api/events?limit=1', { cookie })
  // Two hours on Lucca's clock: the token the console holds has expired there, not on the console's clock.
  await stack.emulator.advanceClock(7200)
  const hitsBefore = hits().length
  const response = await stack.call('/lucca-api/webhook-endpoints', {
    method: 'POST',
    cookie,
    body: { webhookUrl: 'https://example.com/hook', topics: ['employee.created'] },
  })
  expect(response.status).toBe(201)
  expect(issuedTokens(tap)).toHaveLength(2)
  expect(hits().length - hitsBefore).toBe(2)
  expect(hits().map((hit) => hit.status)).toEqual([200, 401, 201])
  expect(hits().at(-1)?.body).toBe(hits().at(-2)?.body)
})

test('a Lucca that keeps answering 401 gets exactly one replay, never a loop', async () => {
  const { stack, tap, hits, cookie } = await setup()
  await stack.emulator.configure({ failNext: { status: 401, count: 1000 } })
  const response = await stack.call('/lucca-api/events', { cookie })
  expect(response.status).toBe(502)
  expect(response.json()).toMatchObject({ extensions: { reason: 'upstream-auth' } })
  expect(hits()).toHaveLength(2)
  expect(issuedTokens(tap)).toHaveLength(2)
})

test('over real TLS, /readyz is 200 when a token can be obtained', async () => {
  const { stack, tap } = await setup({}, await testCertificate())
  expect(tap.url).toMatch(/^https:/)
  expect((await stack.call('/readyz')).status).toBe(200)
  expect((await stack.call('/healthz')).json()).toEqual({ status: 'ok' })
})

test('/readyz is 503 when the credentials are refused, /healthz still 200', async () => {
  const { stack } = await setup({ LUCCA_CLIENT_SECRET: 'a-wrong-secret-but-long-enough' })
  const ready = await stack.call('/readyz')
  expect(ready.status).toBe(503)
  expect(ready.text).not.toContain('a-wrong-secret')
  expect((await stack.call('/healthz')).status).toBe(200)
})
