import type { Page } from '@playwright/test'
import { expect, test, type Stack } from './fixtures.ts'

// The console on an emulator that answers as Lucca's own samples do (EMULATOR_VARIANTS=lucca-samples):
// unquoted ETags, an endpoint `url` that does not end with its id, numeric delivery ids beside UUIDs, 201 for a
// test, "delivered" with a stale nextAttemptAt, opaque attempt signatures, events in another API version.
// The product must follow contract §12's client rules to get through these journeys.

test.use({ locale: 'en-US' })

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** The browser shares the emulated Lucca's clock, which earlier tests may have moved forward. */
async function onLuccaTime(page: Page, stack: Stack) {
  const response = await page.request.get(`${stack.emulatorUrl}/_emulator/clock`)
  await page.clock.install({ time: Date.parse(((await response.json()) as { now: string }).now) })
}

test('create, edit, test until delivered after a retry, read the delivery, delete', async ({
  page,
  emulator,
  receiver,
  stack,
  signedIn: _,
}) => {
  await onLuccaTime(page, stack)
  const name = unique()
  await receiver.setSwitch(name, 500)

  await page.goto('/endpoints/new')
  await page.getByRole('textbox', { name: 'Webhook URL' }).fill(`${receiver.url}/switch/${name}`)
  await page.getByRole('textbox', { name: /^Name/ }).fill('Payroll sync (samples)')
  await page.getByRole('checkbox', { name: /employee\.created/ }).click()
  await page.getByRole('button', { name: 'Create endpoint' }).click()
  const secret = page.getByRole('dialog', { name: 'Save the signing secret' })
  await secret.getByRole('checkbox').check()
  await secret.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('heading', { name: 'Payroll sync (samples)' })).toBeVisible()

  // The page is addressed by the endpoint's url, which does not end with its id here.
  const address = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '')
  const endpoint = (await (await page.request.get(`/lucca-api/webhook-endpoints/${address}`)).json()) as {
    id: string
  }
  expect(endpoint.id).not.toBe(address)
  expect((await page.request.get(`/lucca-api/webhook-endpoints/${endpoint.id}`)).status()).toBe(404)

  // An edit carries back the unquoted ETag Lucca gave, exactly.
  const patch = page.waitForRequest((request) => request.method() === 'PATCH')
  await page.getByRole('button', { name: 'Edit URL and topics' }).click()
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Edit URL and topics' }) })
  await form.getByRole('checkbox', { name: /leave\.created/ }).click()
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Endpoint updated')).toBeVisible()
  expect((await patch).headers()['if-match']).toMatch(/^W\/[^"]+$/)

  // A test that fails once, then is delivered on Lucca's retry: "delivered" although nextAttemptAt stays set.
  await page.getByRole('button', { name: 'Send test' }).click()
  await expect(page.getByText('The receiver answered HTTP 500.')).toBeVisible()
  await receiver.setSwitch(name, 202)
  await emulator.advanceClock(60)
  await page.clock.fastForward(62_000)
  // The outcome, and the page's recent deliveries below it, both say so.
  await expect(page.getByText('Delivered', { exact: true }).filter({ visible: true }).first()).toBeVisible({
    timeout: 20_000,
  })

  await page.getByRole('link', { name: 'Details' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Delivered on attempt 2.' })).toBeVisible()
  await expect(page.getByText('Next attempt planned')).toHaveCount(0)
  await expect(page.getByText('Following live')).toHaveCount(0)
  // The signature is shown as Lucca gave it: 108 opaque characters, not base64.
  await expect(
    page
      .locator('code')
      .filter({ hasText: /^[0-9A-Z]{108}$/ })
      .first(),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Event payload' })).toContainText('"topic": "test.created"')

  await page.goto(`/endpoints/${encodeURIComponent(address)}`)
  await page.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete endpoint' }).click()
  await expect(page).toHaveURL(/\/endpoints$/)
  await expect(page.getByText('Payroll sync (samples)')).toHaveCount(0)
  expect((await page.request.get(`/lucca-api/webhook-endpoints/${address}`)).status()).toBe(404)
})

test('the demo account: addresses, mixed delivery ids and an event in another API version', async ({
  page,
  emulator,
  signedIn: _,
}) => {
  await emulator.reset({ seed: true })
  await page.goto('/endpoints')
  await page
    .getByRole('row', { name: /Payroll sync/ })
    .getByRole('link')
    .first()
    .click()
  await expect(page.getByRole('heading', { name: 'Payroll sync' })).toBeVisible()
  // The endpoint's API version, as given, for the integrator.
  await page.locator('details', { hasText: '2024-01-01' }).locator('summary').click()
  await expect(page.getByText('2024-01-01')).toBeVisible()

  await page.getByRole('link', { name: 'Deliveries and troubleshooting' }).click()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows.nth(1)).toBeVisible()
  // The deliveries come into the list as the console's collector reads them after the reset: wait for both kinds.
  const ids = async () =>
    (
      await page
        .getByRole('table')
        .getByRole('link')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))
    ).map((href) => href.split('/').at(-1) ?? '')
  await expect.poll(async () => (await ids()).some((id) => /^\d+$/.test(id))).toBe(true)
  await expect.poll(async () => (await ids()).some((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true)

  await page.getByRole('table').getByRole('link').first().click()
  await expect(page.getByRole('region', { name: 'Event payload' })).toContainText(
    '"apiVersion": "2024-01-01"',
  )
})
