import type { Page } from '@playwright/test'
import { E2E, expect, test } from './fixtures.ts'

// A bad day at Lucca, as an admin sees it (issue 7): each fault comes from the emulator's control API, the
// page must say what is wrong in plain words, come back by itself once Lucca does, and never lose what the
// admin typed. Every test leaves Lucca healthy and waits for the proxy's circuit breaker to close again,
// because the other specs share this console.
test.use({ locale: 'en-US' })

// A bad day at Lucca after issue 14: the lists read the console's history, so they stay; the pages that read
// Lucca (an endpoint's) say what is wrong. Lucca's own 50/min limit is off while these run, so only the fault
// under test limits calls; the proxy's budget stays as shipped.
test.beforeEach(async ({ emulator }) => {
  await emulator.configure({ failNext: null, latencyMs: 0, rateLimit: 'off' })
})

test.afterEach(async ({ emulator, page }) => {
  await emulator.configure({ failNext: null, latencyMs: 0, rateLimit: 'off' })
  // Polls every 2 s: answers while the breaker is open cost nothing, and each real call spends the budget.
  await expect
    .poll(async () => (await page.request.get('/lucca-api/webhook-endpoints')).status(), {
      timeout: 45_000,
      intervals: [2_000],
    })
    .toBe(200)
})

// The console's stack starts with the emulator's rate limit off (e2e/global-setup.ts), as its collector reads
// the account far faster than 50 calls a minute: it is put back that way.
test.afterAll(async () => {
  await fetch(`${E2E.emulatorUrl}/_emulator/config`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rateLimit: 'off' }),
  })
})

/**
 * The seeded account as its list shows it, from the console's history (which Lucca's faults do not reach),
 * and the address of Payroll sync's page, which reads Lucca.
 */
async function listThenPayroll(page: Page): Promise<string> {
  await page.goto('/endpoints')
  const link = page
    .getByRole('row', { name: /Payroll sync/ })
    .getByRole('link')
    .first()
  await expect(link).toBeVisible({ timeout: 20_000 })
  return (await link.getAttribute('href')) ?? ''
}

test('Lucca failing: the list stays, and says it is paused; a page that reads Lucca says what is wrong', async ({
  page,
  emulator,
  signedIn: _,
}) => {
  await emulator.reset({ seed: true })
  const payroll = await listThenPayroll(page)
  await emulator.configure({ failNext: { status: 500, count: 1000 } })
  await page.reload()
  await expect(page.getByRole('row', { name: /Payroll sync/ })).toBeVisible()
  await expect(page.getByText(/^Paused: Lucca/)).toBeVisible({ timeout: 30_000 })
  await page.goto(payroll)
  const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong' }).first()
  await expect(alert).toContainText('Lucca could not complete this request.')
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
})

test('Lucca down: the console pauses its calls and says so', async ({ page, emulator, signedIn: _ }) => {
  await emulator.reset({ seed: true })
  const payroll = await listThenPayroll(page)
  await emulator.configure({ failNext: { status: 503, count: 1000 } })
  await page.goto(payroll)
  await expect(
    page.getByText(/Lucca (answered with an error|is not answering right now)/).first(),
  ).toBeVisible()
})

test('Lucca’s rate limit: says how long to wait', async ({ page, emulator, signedIn: _ }) => {
  await emulator.reset({ seed: true })
  const payroll = await listThenPayroll(page)
  await emulator.configure({ rateLimit: { requests: 1, windowSeconds: 10 } })
  await page.request.get('/lucca-api/webhook-endpoints') // spends the window, if nothing did already
  await page.goto(payroll)
  await expect(
    page.getByText(/request limit for this account is reached\. Retry in \d+ seconds/),
  ).toBeVisible()
})

// After a failed first load the page tries again by itself (after Retry-After when Lucca gave one).

test('once Lucca answers again, the endpoint comes back without a reload or a click', async ({
  page,
  emulator,
  signedIn: _,
}) => {
  await emulator.reset({ seed: true })
  const payroll = await listThenPayroll(page)
  await emulator.configure({ failNext: { status: 500, count: 1000 } })
  await page.goto(payroll)
  await expect(page.getByText('Lucca could not complete this request.').first()).toBeVisible()
  await emulator.configure({ failNext: null })
  await expect(page.getByRole('heading', { name: 'Payroll sync' })).toBeVisible({ timeout: 20_000 })
})

test('once Lucca’s rate limit lifts, the endpoint comes back by itself', async ({
  page,
  emulator,
  signedIn: _,
}) => {
  await emulator.reset({ seed: true })
  const payroll = await listThenPayroll(page)
  await emulator.configure({ rateLimit: { requests: 1, windowSeconds: 10 } })
  await page.request.get('/lucca-api/webhook-endpoints')
  await page.goto(payroll)
  await expect(page.getByText(/request limit for this account is reached/).first()).toBeVisible()
  await emulator.configure({ rateLimit: 'off' })
  await expect(page.getByRole('heading', { name: 'Payroll sync' })).toBeVisible({ timeout: 20_000 })
})

test('a slow Lucca: the list does not wait for it; a page that does says so, then shows Lucca’s answer', async ({
  page,
  emulator,
  signedIn: _,
}) => {
  await emulator.reset({ seed: true })
  const payroll = await listThenPayroll(page)
  await emulator.configure({ latencyMs: 4_500 }) // slow, yet inside the proxy's 8 s
  await page.reload()
  await expect(page.getByRole('row', { name: /Payroll sync/ })).toBeVisible({ timeout: 2_000 })
  await page.goto(payroll)
  const waiting = page.getByRole('status').filter({ hasText: 'Still waiting for Lucca' })
  await expect(waiting).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Payroll sync' })).toBeVisible()
  await expect(waiting).toHaveCount(0)
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0)
})

test('an expired Lucca token is renewed without the admin noticing', async ({
  page,
  emulator,
  signedIn: _,
}) => {
  await emulator.reset({ seed: true })
  await page.goto('/endpoints')
  await expect(page.getByRole('row', { name: /Payroll sync/ })).toBeVisible()
  await emulator.advanceClock(2 * 3600) // the proxy's cached token is now expired on Lucca's side
  await page
    .getByRole('row', { name: /Payroll sync/ })
    .getByRole('link')
    .first()
    .click()
  await expect(page.getByRole('heading', { name: 'Payroll sync' })).toBeVisible()
  await expect(page.getByText('Active: events are being sent')).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0)
})

test('a save that Lucca fails keeps everything typed, and saving again works', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  await page.goto('/endpoints/new')
  const url = page.getByRole('textbox', { name: 'Webhook URL' })
  const name = page.getByRole('textbox', { name: /^Name/ })
  await url.fill(`${receiver.url}/ok/faults`)
  await name.fill('Survives a Lucca error')
  await page.getByRole('checkbox', { name: /employee\.created/ }).click()

  // Failing until it is fixed, not once: the console's collector reads Lucca too, and could take a one-off.
  await emulator.configure({ failNext: { status: 500, count: 1000 } })
  await page.getByRole('button', { name: 'Create endpoint' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toBeVisible()
  await expect(url).toHaveValue(`${receiver.url}/ok/faults`)
  await expect(name).toHaveValue('Survives a Lucca error')
  await expect(page.getByText('1 topic selected')).toBeVisible()

  await emulator.configure({ failNext: null })
  // Those failures may have opened the proxy's circuit breaker: saving again once Lucca is reachable.
  await expect
    .poll(async () => (await page.request.get('/lucca-api/webhook-endpoints')).status(), {
      timeout: 45_000,
      intervals: [2_000],
    })
    .toBe(200)
  await page.getByRole('button', { name: 'Create endpoint' }).click()
  await expect(page.getByRole('dialog', { name: 'Save the signing secret' })).toBeVisible()
})
