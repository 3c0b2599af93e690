import type { Page } from '@playwright/test'
import { createEndpoint, E2E, expect, test, writeHeaders } from './fixtures.ts'

test.use({ locale: 'en-US' })

async function signInWithForm(page: Page) {
  await page.getByRole('textbox', { name: 'Username' }).fill(E2E.admin.username)
  await page.getByLabel(/^Password/).fill(E2E.admin.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test('signing out clears the page and says so; signing in again returns to the same page', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  const endpoint = await createEndpoint(page, {
    webhookUrl: `${receiver.url}/ok/sign-out`,
    name: 'Payroll sync',
  })
  await page.goto(`/endpoints/${endpoint.id}`)
  await expect(page.getByRole('heading', { name: 'Payroll sync' })).toBeVisible()

  await page.getByRole('button', { name: 'Signed in as admin' }).click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()

  await expect(page.getByRole('status').filter({ hasText: 'You are signed out.' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Payroll sync' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Signed in as admin' })).toHaveCount(0)
  // Nothing of the signed-in page stays in the cache for whoever uses this browser next.
  const cached = await page.evaluate(() => window.__consoleCacheDump?.() ?? '')
  expect(cached).not.toContain('Payroll sync')
  expect((await page.request.get('/api/session')).status()).toBe(401)

  await signInWithForm(page)
  await expect(page).toHaveURL(new RegExp(`/endpoints/${endpoint.id}$`))
  await expect(page.getByRole('heading', { name: 'Payroll sync' })).toBeVisible()
})

test('a session that ends while a form is filled in asks to sign in again, and keeps what was typed', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  await page.goto('/endpoints/new')
  const url = page.getByRole('textbox', { name: 'Webhook URL' })
  const name = page.getByRole('textbox', { name: /^Name/ })
  await url.fill(`${receiver.url}/ok/expired`)
  await name.fill('Typed before the session ended')
  await page.getByRole('checkbox', { name: /employee\.created/ }).click()

  // The session ends on the server (idle timeout, an admin ending it): the page does not know yet.
  expect((await page.request.delete('/api/session', { headers: writeHeaders() })).status()).toBe(204)
  await page.getByRole('button', { name: 'Create endpoint' }).click()

  const dialog = page.getByRole('dialog', { name: 'Sign in again' })
  await expect(dialog.getByText(/Your session has ended/)).toBeVisible()
  await expect(dialog.getByRole('textbox', { name: 'Username' })).toHaveValue(E2E.admin.username)
  await dialog.getByLabel(/^Password/).fill(E2E.admin.password)
  await dialog.getByRole('button', { name: 'Sign in' }).click()
  await expect(dialog).toHaveCount(0)

  await expect(url).toHaveValue(`${receiver.url}/ok/expired`)
  await expect(name).toHaveValue('Typed before the session ended')
  await expect(page.getByText('1 topic selected')).toBeVisible()
  await page.getByRole('button', { name: 'Create endpoint' }).click()
  await expect(page.getByRole('dialog', { name: 'Save the signing secret' })).toBeVisible()
})

test('a session found gone on a page load leads to the sign-in dialog, then the page loads', async ({
  page,
  emulator,
  signedIn: _,
}) => {
  await emulator.reset({ seed: true })
  await page.goto('/endpoints')
  await expect(page.getByRole('table')).toBeVisible()
  expect((await page.request.delete('/api/session', { headers: writeHeaders() })).status()).toBe(204)

  await page.getByRole('link', { name: 'Audit trail' }).click()
  const dialog = page.getByRole('dialog', { name: 'Sign in again' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel(/^Password/).fill(E2E.admin.password)
  await dialog.getByRole('button', { name: 'Sign in' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page).toHaveURL(/\/audit$/)
  await expect(page.getByRole('table')).toBeVisible()
})
