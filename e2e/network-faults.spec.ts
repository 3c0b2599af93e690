import type { APIRequestContext } from '@playwright/test'
import type { TapInjection } from '../testing/tap-control.ts'
import type { Fault } from '../testing/tap.ts'
import { E2E, expect, test as base } from './fixtures.ts'

// Network faults the emulator cannot fake (issue 7): Lucca hanging, resetting connections, and its token
// endpoint failing. They run against the second console (e2e/global-setup.ts): the real proxy on a
// configured account whose Lucca and token URLs go through a fault-injecting tap in front of the E2E
// emulator. Each time a page that reads Lucca (an endpoint's: the lists read the console's history since
// issue 14) must say what is wrong in plain words, come back by itself once Lucca does (no reload, no
// click), keep what the admin typed, and the proxy must stay up.
const faultyConsole = E2E.faultyConsoleUrl

/** The tap's control API (testing/tap-control.ts). */
interface TapControl {
  inject(pathPrefix: string, fault: Fault, times?: number): Promise<void>
  clear(): Promise<void>
  count(path: string): Promise<number>
}

function tapControl(request: APIRequestContext): TapControl {
  const url = (path: string) => `${E2E.tapUrl}/_tap${path}`
  return {
    inject: async (pathPrefix, fault, times) => {
      const data: TapInjection = { pathPrefix, fault, ...(times === undefined ? {} : { times }) }
      const response = await request.put(url('/fault'), { data })
      expect(response.status(), await response.text()).toBe(204)
    },
    clear: async () => expect((await request.delete(url('/fault'))).status()).toBe(204),
    count: async (path) => {
      const response = await request.get(url(`/count?path=${encodeURIComponent(path)}`))
      return ((await response.json()) as { count: number }).count
    },
  }
}

/** Payroll sync's page on the seeded account, at its `url`'s last segment (read before any fault). */
async function payrollPage(request: APIRequestContext): Promise<string> {
  const response = await request.get(`${faultyConsole}/lucca-api/webhook-endpoints`)
  const { items } = (await response.json()) as { items: { name?: string; url: string }[] }
  const payroll = items.find((item) => item.name === 'Payroll sync')
  if (!payroll) throw new Error('the seeded account has no Payroll sync')
  return `/endpoints/${new URL(payroll.url).pathname.split('/').at(-1) ?? ''}`
}

async function proxyIsUp(request: APIRequestContext): Promise<void> {
  const response = await request.get(`${faultyConsole}/healthz`)
  expect(response.status(), 'the proxy still answers /healthz').toBe(200)
}

const test = base.extend<{ tap: TapControl; signedInFaulty: undefined }>({
  // Every test leaves Lucca healthy, and checks the proxy survived whatever the test did to it.
  tap: async ({ request }, use) => {
    const control = tapControl(request)
    await control.clear()
    await use(control)
    await control.clear()
    await proxyIsUp(request)
  },
  /** Signs the page in on the second console, through its session API as fixtures.ts does on the first. */
  signedInFaulty: async ({ page }, use) => {
    const response = await page.request.post(`${faultyConsole}/api/session`, {
      data: E2E.admin,
      headers: { 'X-Console-Request': '1', Origin: faultyConsole },
    })
    expect(response.status(), await response.text()).toBe(200)
    await use(undefined)
  },
})

test.use({ locale: 'en-US', baseURL: faultyConsole })

// Only the fault under test may fail a call: Lucca's own rate limit and latency (which e2e/faults.spec.ts
// changes, and /_emulator/reset keeps) are off while these run, and put back afterwards.
async function emulatorConfig(change: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${E2E.emulatorUrl}/_emulator/config`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(change),
  })
  expect(response.status).toBe(200)
  return (await response.json()) as Record<string, unknown>
}
let shipped: Record<string, unknown> = {}
test.beforeAll(async () => {
  const { rateLimit, latencyMs } = await emulatorConfig({})
  shipped = { rateLimit, latencyMs }
  await emulatorConfig({ rateLimit: 'off', latencyMs: 0 })
})
test.afterAll(async () => void (await emulatorConfig(shipped)))

const messages = {
  timeout: 'Lucca took too long to answer. Retry.',
  upstream: 'Lucca answered with an error. Retry in a moment.',
  // A failing token endpoint names its step of the connection check (issue 18).
  token:
    'Lucca’s sign-in service did not answer as it should (connection step: token endpoint). Retry in a moment.',
}
// A hung Lucca fails a load after one UPSTREAM_HEADERS_TIMEOUT_MS: the proxy does not retry a timeout and
// the SPA does not retry the proxy's answers (src/app/query-client.ts).
const failing = { timeout: 10_000 }
// A failed first load is tried again every 10 s by itself (src/app/query-client.ts): one period, plus slack.
const healing = { timeout: 20_000 }

for (const { name, fault, message } of [
  { name: 'hangs', fault: { kind: 'hang' }, message: messages.timeout },
  { name: 'resets connections', fault: { kind: 'reset' }, message: messages.upstream },
] satisfies { name: string; fault: Fault; message: string }[]) {
  test(`Lucca ${name}: a clear message, then the endpoint comes back by itself`, async ({
    page,
    emulator,
    tap,
    signedInFaulty: _,
  }) => {
    await emulator.reset({ seed: true })
    const payroll = await payrollPage(page.request)
    await tap.inject('/lucca-api', fault)
    await page.goto(payroll)
    const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' })
    await expect(alert).toContainText(message, failing)
    await proxyIsUp(page.request)

    await tap.clear()
    await expect(page.getByRole('heading', { name: 'Payroll sync' })).toBeVisible(healing)
    await expect(alert).toHaveCount(0)
  })
}

for (const { name, fault } of [
  { name: 'answers 500', fault: { kind: 'status', status: 500 } },
  { name: 'resets connections', fault: { kind: 'reset' } },
  // A hanging token endpoint ends the same way (the token request times out after connect + headers
  // timeouts, then 502 upstream-auth; it passed in 18 s when tried): left out to keep this spec under 90 s.
] satisfies { name: string; fault: Fault }[]) {
  test(`the token endpoint ${name}: a clear message, then the endpoint comes back by itself`, async ({
    page,
    emulator,
    tap,
    signedInFaulty: _,
  }) => {
    await emulator.reset({ seed: true })
    const payroll = await payrollPage(page.request)
    const tokenRequests = await tap.count('/connect/token')
    await tap.inject('/connect/token', fault)
    // The proxy holds a valid token; one 401 from Lucca makes it drop it and ask for a new one.
    await tap.inject('/lucca-api', { kind: 'status', status: 401 }, 1)
    await page.goto(payroll)
    const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' })
    await expect(alert).toContainText(messages.token, failing)
    expect(await tap.count('/connect/token')).toBeGreaterThan(tokenRequests)
    await proxyIsUp(page.request)
    // Not ready (no Lucca token), yet alive: an orchestrator stops routing to it but does not restart it.
    expect((await page.request.get('/readyz')).status()).toBe(503)

    await tap.clear()
    await expect(page.getByRole('heading', { name: 'Payroll sync' })).toBeVisible(healing)
    await expect(alert).toHaveCount(0)
  })
}

test('a save while Lucca hangs keeps everything typed, and saving again works', async ({
  page,
  emulator,
  receiver,
  tap,
  signedInFaulty: _,
}) => {
  void emulator
  await page.goto('/endpoints/new')
  const url = page.getByRole('textbox', { name: 'Webhook URL' })
  const name = page.getByRole('textbox', { name: /^Name/ })
  await url.fill(`${receiver.url}/ok/network-faults`)
  await name.fill('Survives a hung Lucca')
  await page.getByRole('checkbox', { name: /employee\.created/ }).click()

  await tap.inject('/lucca-api', { kind: 'hang' })
  await page.getByRole('button', { name: 'Create endpoint' }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' })
  await expect(alert).toContainText(messages.timeout)
  await expect(url).toHaveValue(`${receiver.url}/ok/network-faults`)
  await expect(name).toHaveValue('Survives a hung Lucca')
  await expect(page.getByText('1 topic selected')).toBeVisible()
  await proxyIsUp(page.request)

  await tap.clear()
  await page.getByRole('button', { name: 'Create endpoint' }).click()
  await expect(page.getByRole('dialog', { name: 'Save the signing secret' })).toBeVisible()
})
