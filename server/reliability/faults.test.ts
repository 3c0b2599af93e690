// Fault injection at the proxy level: Lucca (the emulator, behind a fault-injecting tap) misbehaves in every
// way issue 7 lists; the proxy must answer a problem the SPA can show, stay up, and heal once Lucca does.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { launchConsole, unlimitedBudget, type ConsoleProcess } from '../../bench/harness/console.ts'
import { consoleClient, type Answer, type ConsoleClient } from '../../bench/harness/console-client.ts'
import { configureEmulator } from '../../bench/harness/emulator-control.ts'
import { startTapProxy, type TapProxy } from '../../bench/harness/tap-proxy.ts'
import { startEmulator } from '../emulator/start.ts'
import { eventually } from './eventually.ts'

const list = '/lucca-api/webhook-endpoints'
let emulator: Awaited<ReturnType<typeof startEmulator>>
let tap: TapProxy
let proxy: ConsoleProcess
let client: ConsoleClient
let dataDir = ''

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'reliability-faults-'))
  emulator = await startEmulator({ port: 0, rateLimit: 'off', seed: true, logger: false })
  tap = await startTapProxy(emulator.url)
  proxy = await launchConsole({
    dataDir,
    lucca: { apiUrl: tap.url, tokenUrl: `${tap.url}/connect/token` },
    budgetPerMinute: unlimitedBudget,
    // Short timeouts and breaker pause, so each fault resolves in seconds rather than the production 30 s.
    env: { CIRCUIT_OPEN_SECONDS: '1', UPSTREAM_HEADERS_TIMEOUT_MS: '800', UPSTREAM_BODY_TIMEOUT_MS: '800' },
  })
  client = await consoleClient(proxy.url, proxy.admin)
}, 60_000)

afterAll(async () => {
  await proxy?.child.stop()
  await tap?.close()
  await emulator?.close()
  await rm(dataDir, { recursive: true, force: true })
})

afterEach(async () => {
  tap.clear()
  await configureEmulator(emulator.url, { failNext: null })
  expect(proxy.child.process.exitCode, proxy.child.output()).toBeNull()
  expect((await fetch(`${proxy.url}/healthz`)).status).toBe(200)
  // Heals by itself: no restart, no manual reset, just Lucca answering again.
  await eventually(async () => expect((await client.get(list)).status).toBe(200))
})

function expectProblem(answer: Answer, status: number, reason?: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status)
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(answer.body).toMatchObject({ status, ...(reason ? { extensions: { reason } } : {}) })
}

test('the proxy answers normally before any fault', async () => {
  const answer = await client.get(list)
  expect(answer.status).toBe(200)
  expect(answer.body).toMatchObject({ type: 'webhook-endpoints' })
})

test('Lucca answering 500 comes back as Lucca’s own problem', async () => {
  await configureEmulator(emulator.url, { failNext: { status: 500, count: 1 } })
  expectProblem(await client.get(list), 500)
})

test('Lucca answering 503 is retried, then reported, then the breaker sheds load', async () => {
  await configureEmulator(emulator.url, { failNext: { status: 503, count: 1000 } })
  expect([502, 503]).toContain((await client.get(list)).status)
  await eventually(async () => expectProblem(await client.get(list), 503, 'circuit-open'))
})

test('a Lucca that never answers becomes a 504 problem', async () => {
  tap.inject('/lucca-api', { kind: 'hang' })
  expectProblem(await client.get(list), 504, 'upstream-timeout')
})

test('reset connections become a 502 problem', async () => {
  tap.inject('/lucca-api', { kind: 'reset' })
  expectProblem(await client.get(list), 502, 'upstream-error')
})

test('Lucca’s 429 keeps its Retry-After', async () => {
  tap.inject('/lucca-api', { kind: 'status', status: 429, retryAfterSeconds: 7 })
  const answer = await client.get(list)
  expectProblem(answer, 429, 'lucca-rate-limit')
  expect(answer.headers.get('retry-after')).toBe('7')
})

test('a token that expires mid-run is renewed without the user noticing', async () => {
  expect((await client.get(list)).status).toBe(200)
  const before = tap.count('/connect/token')
  // Two hours on Lucca's clock: the proxy's cached token is now expired there and answered with 401.
  await fetch(`${emulator.url}/_emulator/clock/advance`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ seconds: 7200 }),
  })
  expect((await client.get(list)).status).toBe(200)
  expect(tap.count('/connect/token')).toBe(before + 1)
})

test('a failing token endpoint is reported as such, and readiness says so', async () => {
  tap.inject('/connect/token', { kind: 'status', status: 500 })
  await fetch(`${emulator.url}/_emulator/clock/advance`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ seconds: 7200 }),
  })
  expectProblem(await client.get(list), 502, 'upstream-auth')
  expect((await fetch(`${proxy.url}/readyz`)).status).toBe(503)
  tap.clear()
  await eventually(async () => expect((await fetch(`${proxy.url}/readyz`)).status).toBe(200))
})
