// The first paint (ADR 0020): a signed-in admin's endpoint list comes with its frame already in the HTML, in
// their language and scheme; the SPA's page takes its place, leaving nothing of it behind.
import { E2E, expect, test } from './fixtures.ts'

test('the painted frame gives way to the page; a language chosen in the console paints the next visit', async ({
  page,
  signedIn: _,
}) => {
  const html = await (await page.request.get('/endpoints')).text()
  expect(html).toContain('<div id="first-paint" aria-hidden="true">')
  expect(html).toContain('<h1>Webhook endpoints</h1>')

  await page.goto('/endpoints')
  await expect(page.getByRole('heading', { name: 'Webhook endpoints', level: 1 })).toBeVisible()
  await expect(page.locator('#first-paint')).toHaveCount(0)
  // Nothing covers the page: its first button takes a click.
  await page.getByRole('link', { name: 'New endpoint' }).click()
  await expect(page).toHaveURL(/\/endpoints\/new$/)

  await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR', { exact: true }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  const french = await (await page.request.get('/endpoints')).text()
  expect(french).toContain('<html lang="fr">')
  expect(french).toContain('<h1>Points de terminaison des webhooks</h1>')
  // The sign-in form is not painted over: signed out, the plain page.
  const signedOut = await (await fetch(`${E2E.consoleUrl}/endpoints`)).text()
  expect(signedOut).not.toContain('first-paint')
})
