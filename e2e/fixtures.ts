import AxeBuilder from '@axe-core/playwright'
import {
  test as base,
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Page,
} from '@playwright/test'
import type { ReceivedRequest } from '../server/receiver/request-log.ts'
import { verifyLuccaSignature } from '../server/receiver/verify-signature.ts'
import { E2E } from './env.ts'

/** The emulator's control API (emulator only: the console itself never calls it). */
export interface EmulatorControl {
  reset(options?: { seed?: boolean }): Promise<void>
  advanceClock(seconds: number): Promise<void>
  emitEvent(event: { topic: string; data: Record<string, unknown> }): Promise<void>
  configure(config: Record<string, unknown>): Promise<void>
}

/** The local HTTPS webhook receiver that the embedded emulator delivers to. */
export interface ReceiverControl {
  url: string
  requests(pathPrefix: string): Promise<ReceivedRequest[]>
  setSwitch(name: string, status: number): Promise<void>
}

/** The console a project runs against, with its embedded emulator and receiver (playwright.config.ts). */
export interface Stack {
  consoleUrl: string
  emulatorUrl: string
  receiverUrl: string
}
const defaultStack: Stack = {
  consoleUrl: E2E.consoleUrl,
  emulatorUrl: E2E.emulatorUrl,
  receiverUrl: E2E.receiverUrl,
}

/** What the proxy requires of every write: the CSRF header and the Origin of the console under test. */
export function writeHeaders(): Record<string, string> {
  const origin = base.info().project.use.baseURL ?? E2E.consoleUrl
  return { 'X-Console-Request': '1', Origin: new URL(origin).origin }
}

/** Creates an endpoint through the console's own API (signed-in page), as a test's starting point. */
export async function createEndpoint(
  page: Page,
  body: { webhookUrl: string; topics?: string[]; name?: string },
): Promise<{ id: string; secret: string; webhookUrl: string }> {
  const response = await page.request.post('/lucca-api/webhook-endpoints', {
    data: { status: 'active', topics: ['employee.created'], ...body },
    headers: writeHeaders(),
  })
  expect(response.status(), await response.text()).toBe(201)
  return (await response.json()) as { id: string; secret: string; webhookUrl: string }
}

/**
 * axe-core on the page as it stands: no serious or critical violation. A dialog fading in has half-blended
 * colours, so it judges the settled page, not a frame of a transition (spinners and skeletons loop forever
 * and are not transitions).
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  )
  const results = await new AxeBuilder({ page }).analyze()
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes
        .slice(0, 6)
        .map((node) => `${node.target.join(' ')}: ${node.any[0]?.message ?? ''}`),
    }))
  expect(blocking, `${screen}: ${JSON.stringify(blocking, null, 2)}`).toEqual([])
}

async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>) {
  expect(response.ok(), `${response.url()} answered ${response.status()}`).toBe(true)
  return response
}

/**
 * Until the console's history holds exactly the emulator's endpoints: its collector reads the account over
 * and over, so a reset reaches the lists within a round, and a spec never opens an endpoint the reset took.
 */
async function historyCaughtUp(request: APIRequestContext, stack: Stack, history: APIRequestContext) {
  const ids = async () => {
    const secrets = await ok(await request.get(`${stack.emulatorUrl}/_emulator/secrets`))
    const lucca = ((await secrets.json()) as { endpointId: unknown }[]).map((e) => String(e.endpointId))
    let page = await history.get('/api/history/endpoints?pageSize=100')
    if (page.status() === 401) {
      // Signed in on first use, and again when a spec ended the admin's sessions (a password reset).
      const signIn = await history.post('/api/session', {
        data: E2E.admin,
        headers: { 'X-Console-Request': '1', Origin: new URL(stack.consoleUrl).origin },
      })
      expect(signIn.status(), await signIn.text()).toBe(200)
      page = await history.get('/api/history/endpoints?pageSize=100')
    }
    const kept = ((await (await ok(page)).json()) as { items: { id: string }[] }).items.map((e) => e.id)
    return { lucca: lucca.sort(), kept: kept.sort() }
  }
  await expect
    .poll(
      async () => {
        const { lucca, kept } = await ids()
        return kept.length === lucca.length && kept.every((id, index) => id === lucca[index])
      },
      { timeout: 20_000, message: 'the console’s history shows the emulator’s endpoints after a reset' },
    )
    .toBe(true)
}

function emulatorControl(
  request: APIRequestContext,
  stack: Stack,
  history: APIRequestContext,
): EmulatorControl {
  const url = (path: string) => `${stack.emulatorUrl}/_emulator${path}`
  return {
    reset: async (options = {}) => {
      await ok(await request.post(url('/reset'), { data: options }))
      await historyCaughtUp(request, stack, history)
    },
    advanceClock: async (seconds) =>
      void (await ok(await request.post(url('/clock/advance'), { data: { seconds } }))),
    emitEvent: async (event) => void (await ok(await request.post(url('/events'), { data: event }))),
    configure: async (config) => void (await ok(await request.put(url('/config'), { data: config }))),
  }
}

/**
 * Checks the signature of every webhook the receiver got during a test, with the secret of the endpoint it was
 * sent to, using the receiver-side verifier. Requests to endpoints deleted meanwhile cannot be checked.
 */
async function expectDeliveriesSigned(received: ReceivedRequest[], request: APIRequestContext, stack: Stack) {
  const secrets = (await (await ok(await request.get(`${stack.emulatorUrl}/_emulator/secrets`))).json()) as {
    webhookUrl: string
    secret: string
  }[]
  for (const delivery of received.filter((r) => r.method === 'POST')) {
    const target = `${stack.receiverUrl}${delivery.path}${delivery.query ? `?${delivery.query}` : ''}`
    const candidates = secrets.filter((s) => s.webhookUrl === target)
    if (candidates.length === 0) continue
    const timestamp = delivery.headers['lucca-timestamp']
    // The emulator's clock may have been moved forward: check the signature, not the freshness.
    const sentAt = timestamp ? Date.parse(timestamp) : Date.now()
    const verified = candidates.some(({ secret }) =>
      verifyLuccaSignature(secret, timestamp, delivery.headers['lucca-signature'], delivery.body, sentAt),
    )
    expect(verified, `signature of the delivery to ${delivery.path}`).toBe(true)
  }
}

export const test = base.extend<
  { emulator: EmulatorControl; receiver: ReceiverControl; signedIn: undefined; deliveriesSigned: undefined },
  { stack: Stack; receiverRequest: APIRequestContext; historyReader: APIRequestContext }
>({
  stack: [defaultStack, { scope: 'worker', option: true }],
  // The receiver's certificate is self-signed and generated at start-up; only this test client, which reads
  // what the receiver recorded, skips its verification. The emulator trusts it explicitly.
  receiverRequest: [
    async ({ stack }, use) => {
      const context = await playwrightRequest.newContext({
        baseURL: stack.receiverUrl,
        ignoreHTTPSErrors: true,
      })
      await use(context)
      await context.dispose()
    },
    { scope: 'worker' },
  ],
  // The console as a second admin sees it, apart from the test's own contexts: what a reset waits for.
  historyReader: [
    async ({ stack }, use) => {
      const context = await playwrightRequest.newContext({ baseURL: stack.consoleUrl })
      await use(context)
      await context.dispose()
    },
    { scope: 'worker' },
  ],
  deliveriesSigned: [
    async ({ receiverRequest, request, stack }, use) => {
      const all = async () =>
        (await (await ok(await receiverRequest.get('/_receiver/requests'))).json()) as ReceivedRequest[]
      const before = new Set((await all()).map((r) => r.id))
      await use(undefined)
      await expectDeliveriesSigned(
        (await all()).filter((r) => !before.has(r.id)),
        request,
        stack,
      )
    },
    { auto: true },
  ],
  emulator: async ({ request, stack, historyReader }, use) => {
    const control = emulatorControl(request, stack, historyReader)
    await control.reset({ seed: false })
    await use(control)
  },
  receiver: async ({ receiverRequest, stack }, use) => {
    await use({
      url: stack.receiverUrl,
      requests: async (pathPrefix) => {
        const response = await ok(
          await receiverRequest.get(`/_receiver/requests?path=${encodeURIComponent(pathPrefix)}`),
        )
        return (await response.json()) as ReceivedRequest[]
      },
      setSwitch: async (name, status) =>
        void (await ok(await receiverRequest.put(`/_receiver/switch/${name}`, { data: { status } }))),
    })
  },
  /** Signs the page's browser context in as the e2e admin through the proxy's session API. */
  signedIn: async ({ page }, use) => {
    const response = await page.request.post('/api/session', {
      data: E2E.admin,
      headers: writeHeaders(),
    })
    expect(response.status(), await response.text()).toBe(200)
    await use(undefined)
  },
})

export { expect }
export { E2E }
