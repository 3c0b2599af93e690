import type { Page } from '@playwright/test'
import { createEndpoint, expect, expectAccessible, test } from './fixtures.ts'

// The guided rotation of a signing secret (issue 16): Lucca has no rotation API, so a twin endpoint takes
// over. The flow is interrupted twice (reloads) and resumes from what Lucca holds, not from the browser.

async function lucca(page: Page, id: string) {
  const response = await page.request.get(`/lucca-api/webhook-endpoints/${id}`)
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> }
}

test.use({ locale: 'en-US' })

test('rotate a secret: twin, secret once, test delivery, resume, switch off, delete', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  test.setTimeout(120_000)
  void emulator
  await receiver.setSwitch('rotation', 202)
  const old = await createEndpoint(page, {
    webhookUrl: `${receiver.url}/switch/rotation`,
    topics: ['employee.created', 'leave.updated'],
    name: 'Payroll export',
  })
  await page.goto(`/endpoints/${old.id}`)
  await page.getByRole('link', { name: 'Rotate the signing secret' }).click()
  await expect(page.getByRole('heading', { name: 'Rotate the signing secret' })).toBeVisible()
  await expectAccessible(page, 'rotation, step 1')

  // Lucca refuses the twin while the receiver fails its check: the reason is shown, and a retry works.
  await receiver.setSwitch('rotation', 410)
  const create = page.getByRole('button', { name: 'Create the new endpoint' })
  await create.click()
  await expect(page.getByRole('alert').filter({ hasText: 'did not pass the address check' })).toBeVisible()
  await receiver.setSwitch('rotation', 202)
  await create.click()

  const dialog = page.getByRole('dialog', { name: 'Save the signing secret' })
  await expect(dialog.getByText('This secret will never be shown again')).toBeVisible()
  await dialog.getByRole('checkbox', { name: 'I have stored the secret somewhere safe' }).check()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page).not.toHaveURL(new RegExp(`/endpoints/${old.id}/rotate$`))
  const twinId = /\/endpoints\/([^/]+)\/rotate$/.exec(page.url())?.[1] ?? ''
  const twin = await lucca(page, twinId)
  expect(twin.body).toMatchObject({
    name: `Payroll export (replaces #${old.id})`,
    webhookUrl: old.webhookUrl,
    topics: ['employee.created', 'leave.updated'],
    status: 'active',
  })

  // Step 3: plain words first, the signatures for the developer, and a test delivery to the twin.
  const overlap = page.locator('li[aria-current="step"]')
  await expect(overlap.getByRole('heading', { name: 'Let the receiver accept both secrets' })).toBeVisible()
  await overlap.getByText('For your developer').click()
  await expect(overlap.getByText(/matches either secret/)).toBeVisible()
  await overlap.getByRole('button', { name: 'Send test' }).click()
  await expect(overlap.getByText('Delivered', { exact: true })).toBeVisible({ timeout: 20_000 })
  await expectAccessible(page, 'rotation, step 3')

  // Interrupted: reopened, it resumes at step 3, and says the secret cannot be shown again.
  await page.reload()
  await expect(overlap.getByRole('heading', { name: 'Let the receiver accept both secrets' })).toBeVisible()
  await expect(page.getByText('cannot be shown again')).toBeVisible()

  // The old endpoint's page knows, from the history (once its collector has read the twin), that a
  // rotation is under way; the history's stream refreshes the page's search when it does.
  await page.goto(`/endpoints/${old.id}`)
  await expect(page.getByRole('link', { name: 'Continue the rotation' })).toBeVisible({ timeout: 45_000 })
  await page.getByRole('link', { name: 'Continue the rotation' }).click()
  await overlap.getByRole('button', { name: 'Next' }).click()

  // Step 4: confirmed, the old endpoint is switched off.
  const switchOff = page.getByRole('button', { name: 'Switch off the old endpoint' })
  await expect(switchOff).toBeDisabled()
  await page.getByRole('checkbox', { name: /accepts the new secret/ }).check()
  await switchOff.click()
  await expect(overlap.getByRole('heading', { name: 'Delete the old endpoint' })).toBeVisible()
  expect((await lucca(page, old.id)).body.status).toBe('inactive')

  // Interrupted again: step 5 is where Lucca's state says it is.
  await page.reload()
  await expect(overlap.getByRole('heading', { name: 'Delete the old endpoint' })).toBeVisible()
  await expectAccessible(page, 'rotation, step 5')
  await overlap.getByRole('button', { name: 'Delete the old endpoint' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete “Payroll export”?' })
  await confirm.getByRole('button', { name: 'Delete endpoint' }).click()

  // Done: the twin's page, under the old name; the old endpoint is gone.
  await expect(page).toHaveURL(new RegExp(`/endpoints/${twinId}$`))
  await expect(page.getByText('Secret rotated')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Payroll export' })).toBeVisible()
  expect((await lucca(page, old.id)).status).toBe(404)
  expect((await lucca(page, twinId)).body).toMatchObject({ name: 'Payroll export', status: 'active' })
})
