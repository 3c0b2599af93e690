// The second console Playwright starts (playwright.config.ts, webServer[1]), for e2e/network-faults.spec.ts:
// the real proxy (server/proxy/main.ts) on a configured Lucca account whose API and token URLs point at a
// fault-injecting tap in front of the E2E emulator, i.e. the one the first console embeds. The faults the
// emulator cannot fake (hung and reset connections, a failing token endpoint) are set through the tap's
// control API (tap-control.ts). Run with `node --import tsx e2e/servers/faulty-console.ts`.
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { spawnNode, waitUntilReady } from '../../bench/harness/child.ts'
import { startTapProxy } from '../../bench/harness/tap-proxy.ts'
import { E2E } from '../env.ts'
import { tapControl } from './tap-control.ts'

const port = new URL(E2E.faultyConsoleUrl).port
const tapPort = Number(new URL(E2E.tapUrl).port)

/** Playwright starts the web servers in order, but the emulator may still be binding: wait for it. */
async function waitForEmulator(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const up = await fetch(`${E2E.emulatorUrl}/_emulator/clock`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (up) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`the E2E emulator at ${E2E.emulatorUrl} did not answer within ${timeoutMs} ms`)
}

await waitForEmulator()
// A fresh data directory each run: only the admin (re-created from ADMIN_PASSWORD) and this run's sessions.
await rm(E2E.faultyDataDir, { recursive: true, force: true })
const tap = await startTapProxy(E2E.emulatorUrl, { port: tapPort, intercept: tapControl })
const proxy = spawnNode('server/proxy/main.ts', {
  HOST: '127.0.0.1',
  PORT: port,
  DATA_DIR: E2E.faultyDataDir,
  ADMIN_PASSWORD: E2E.admin.password,
  LOG_LEVEL: 'warn',
  SESSION_SECRET: randomBytes(32).toString('base64url'),
  LUCCA_API_URL: E2E.tapUrl,
  LUCCA_TOKEN_URL: `${E2E.tapUrl}/connect/token`,
  // The emulator's default OAuth client (docs/architecture.md); accepted because the tap is on loopback.
  LUCCA_CLIENT_ID: 'console-dev',
  LUCCA_CLIENT_SECRET: 'console-dev-secret',
  // "emulator" lets the create form accept the local HTTPS receiver as a webhook URL.
  LUCCA_ENVIRONMENT: 'emulator',
  LUCCA_LABEL: 'Faulty Lucca',
  // The most a real account may have: a few specs' worth of calls in a minute stay well under it.
  LUCCA_BUDGET_PER_MINUTE: '50',
  // Short timeouts, so a hung Lucca becomes a 504 in under a second (the token request's timeout is
  // connect + headers), rather than after the production 8 s.
  UPSTREAM_CONNECT_TIMEOUT_MS: '500',
  UPSTREAM_HEADERS_TIMEOUT_MS: '700',
  UPSTREAM_BODY_TIMEOUT_MS: '700',
  // The breaker stays out of the way, so each fault shows its own message; e2e/faults.spec.ts and
  // server/reliability cover the breaker itself.
  CIRCUIT_FAILURE_THRESHOLD: '1000',
  CIRCUIT_OPEN_SECONDS: '1',
})

let stopping = false
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    await proxy.stop(5_000)
    await tap.close()
  }
  process.exit(code)
}
process.on('SIGTERM', () => void stop(0))
process.on('SIGINT', () => void stop(0))
// The proxy dying on its own is a failure the spec must see: take the whole console down with it.
void proxy.exited.then((code) => {
  if (stopping) return
  process.stderr.write(`faulty console: the proxy exited (${code}):\n${proxy.output()}\n`)
  void stop(1)
})

try {
  await waitUntilReady(proxy, `${E2E.faultyConsoleUrl}/healthz`)
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  await stop(1)
}
process.stdout.write(`faulty console on ${E2E.faultyConsoleUrl}, tap on ${tap.url} -> ${E2E.emulatorUrl}\n`)
