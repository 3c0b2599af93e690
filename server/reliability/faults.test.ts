// Fault injection at the proxy level: Lucca (the emulator, behind a fault-injecting tap) misbehaves in every
// way issue 7 lists; the proxy must answer a problem the SPA can show, stay up, and heal once Lucca does.
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import type { Answer } from '../../testing/console-call.ts'
import { eventually } from '../../testing/eventually.ts'
import { startStack, type ProcessStack } from '../../testing/stack.ts'
import type { Tap } from '../../testing/tap.ts'

const list = '/lucca-api/webhook-endpoints'
let stack: ProcessStack
let tap: Tap
let cookie = ''
const get = (path: string) => stack.call(path, { cookie })

beforeAll(async () => {
  stack = await startStack({
    lucca: { emulator: 'in-process', options: { seed: true }, tap: {} },
    unthrottled: true,
    // Short timeouts and breaker pause, so each fault resolves in seconds rather than the production 30 s.
    env: { CIRCUIT_OPEN_SECONDS: '1', UPSTREAM_HEADERS_TIMEOUT_MS: '800', UPSTREAM_BODY_TIMEOUT_MS: '800' },
  })
  if (!stack.tap) throw new Error('the stack has no tap')
  tap = stack.tap
  cookie = await stack.signIn()
}, 60_000)

afterAll(() => stack?.close())

afterEach(async () => {
  tap.clear()
  await stack.emulator.configure({ failNext: null })
  expect(stack.console.child.process.exitCode, stack.console.child.output()).toBeNull()
  expect((await fetch(`${stack.url}/healthz`)).status).toBe(200)
  // Heals by itself: no restart, no manual reset, just Lucca answering again.
  await eventually(async () => expect((await get(list)).status).toBe(200))
})

function expectProblem(answer: Answer, status: number, reason?: string) {
  expect(answer.status, answer.text).toBe(status)
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(answer.json()).toMatchObject({ status, ...(reason ? { extensions: { reason } } : {}) })
}

test('the proxy answers normally before any fault', async () => {
  const answer = await get(list)
  expect(answer.status).toBe(200)
  expect(answer.json()).toMatchObject({ type: 'webhook-endpoints' })
})

test('Lucca answering 500 comes back as Lucca’s own problem', async () => {
  await stack.emulator.configure({ failNext: { status: 500, count: 1 } })
  expectProblem(await get(list), 500)
})

test('Lucca answering 503 is retried, then reported, then the breaker sheds load', async () => {
  await stack.emulator.configure({ failNext: { status: 503, count: 1000 } })
  expect([502, 503]).toContain((await get(list)).status)
  await eventually(async () => expectProblem(await get(list), 503, 'circuit-open'))
})

test('a Lucca that never answers becomes a 504 problem', async () => {
  tap.inject('/lucca-api', { kind: 'hang' })
  expectProblem(await get(list), 504, 'upstream-timeout')
})

test('reset connections become a 502 problem', async () => {
  tap.inject('/lucca-api', { kind: 'reset' })
  expectProblem(await get(list), 502, 'upstream-error')
})

test('Lucca’s 429 keeps its Retry-After', async () => {
  tap.inject('/lucca-api', { kind: 'status', status: 429, retryAfterSeconds: 7 })
  const answer = await get(list)
  expectProblem(answer, 429, 'lucca-rate-limit')
  expect(answer.headers.get('retry-after')).toBe('7')
})

test('a token that expires mid-run is renewed without the user noticing', async () => {
  expect((await get(list)).status).toBe(200)
  const before = tap.count('/connect/token')
  // Two hours on Lucca's clock: the proxy's cached token is now expired there and answered with 401.
  await stack.emulator.advanceClock(7200)
  expect((await get(list)).status).toBe(200)
  expect(tap.count('/connect/token')).toBe(before + 1)
})

test('a failing token endpoint is reported as such, and readiness says so', async () => {
  tap.inject('/connect/token', { kind: 'status', status: 500 })
  await stack.emulator.advanceClock(7200)
  expectProblem(await get(list), 502, 'upstream-auth')
  expect((await fetch(`${stack.url}/readyz`)).status).toBe(503)
  tap.clear()
  await eventually(async () => expect((await fetch(`${stack.url}/readyz`)).status).toBe(200))
})
