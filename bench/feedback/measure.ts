import { chromium, type Page } from '@playwright/test'
import { z } from 'zod'
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts'
import { luccaHeaders } from '../../testing/emulator-control.ts'
import type { ProcessStack } from '../../testing/stack.ts'

export interface FollowedDelivery {
  /** Click on "Send test" → the first attempt's outcome shown in the page. */
  shownMs: number
  /** Click → the attempt as the emulator recorded it (its `createdAt`). */
  attemptedMs: number
  /** Calls the page sent to /lucca-api from the click until the outcome was shown. */
  luccaCalls: number
}

const Deliveries = z.object({ items: z.array(z.object({ id: z.string() })) })
const Attempts = z.object({ items: z.array(z.object({ createdAt: z.string() })) })

/** The emulator's own record of the delivery's first attempt, read directly from it (not via the proxy). */
async function firstAttemptAt(stack: ProcessStack, endpointId: string): Promise<number> {
  const headers = luccaHeaders(await stack.emulator.token())
  const api = `${stack.emulatorUrl}/lucca-api`
  const deliveries = Deliveries.parse(
    await (
      await fetch(`${api}/webhook-deliveries?webhookEndpoint.id=${endpointId}&sort=-id&limit=1`, { headers })
    ).json(),
  )
  const deliveryId = deliveries.items[0]?.id
  if (!deliveryId) throw new Error('the emulator has no delivery for the test')
  const attempts = Attempts.parse(
    await (
      await fetch(`${api}/webhook-delivery-attempts?webhookDelivery.id=${deliveryId}`, { headers })
    ).json(),
  )
  const first = attempts.items[0]
  if (!first) throw new Error('the emulator recorded no attempt')
  return Date.parse(first.createdAt)
}

async function followOnce(page: Page, stack: ProcessStack, endpointId: string): Promise<FollowedDelivery> {
  await page.goto(`/endpoints/${endpointId}`)
  const button = page.getByRole('button', { name: 'Send test', exact: true })
  await button.waitFor()
  let luccaCalls = 0
  const count = (request: { url(): string }) => {
    if (new URL(request.url()).pathname.startsWith('/lucca-api/')) luccaCalls += 1
  }
  page.on('request', count)
  const clicked = Date.now()
  await button.click()
  await page.getByText('Delivered', { exact: true }).waitFor({ timeout: 30_000 })
  const shown = Date.now()
  page.off('request', count)
  const attempted = await firstAttemptAt(stack, endpointId)
  return { shownMs: shown - clicked, attemptedMs: attempted - clicked, luccaCalls }
}

/** Follows `runs` test deliveries in Debian's (or Playwright's) Chromium, signed in as the admin. */
export async function followTestDeliveries(stack: ProcessStack, endpointId: string, runs: number) {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  try {
    const context = await browser.newContext({ baseURL: stack.url })
    const signIn = await context.request.post('/api/session', {
      data: stack.admin,
      headers: { 'X-Console-Request': '1', Origin: stack.url },
    })
    if (signIn.status() !== 200) throw new Error(`sign-in answered ${signIn.status()}`)
    const page = await context.newPage()
    const followed: FollowedDelivery[] = []
    for (let run = 0; run < runs; run += 1) followed.push(await followOnce(page, stack, endpointId))
    return followed
  } finally {
    await browser.close()
  }
}
