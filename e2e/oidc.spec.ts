// Issue 17: company sign-in through a real OpenID provider (e2e/oidc-stack.ts), in Chromium: its own login
// and consent pages, the roles its groups give, the refusals, the session that ends with the provider's.
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test'
import { E2E } from './env.ts'
import { expectAccessible } from './fixtures.ts'
import { oidcGroups } from './oidc-stack.ts'

const origin = E2E.oidcConsoleUrl
test.use({ baseURL: origin })

/** Puts `sub` in these groups at the provider (none: removed from its directory). */
async function directory(sub: string, groups: string[] | null) {
  const context = await playwrightRequest.newContext()
  const response = groups
    ? await context.put(`${E2E.oidcDirectoryUrl}/users/${sub}`, { data: groups })
    : await context.delete(`${E2E.oidcDirectoryUrl}/users/${sub}`)
  expect(response.status()).toBe(204)
  await context.dispose()
}

/** From the console's sign-in page, through the provider's login and consent pages, as `sub`. */
async function signInAtProvider(page: Page, sub: string) {
  await page.goto('/')
  await page.getByRole('link', { name: 'Sign in with your company account' }).click()
  // The provider's own pages (oidc-provider's development login and consent forms).
  await page.locator('input[name="login"]').fill(sub)
  await page.locator('input[name="password"]').fill('any password')
  await page.locator('button[type="submit"]').click()
  const consent = page.getByRole('button', { name: 'Continue' })
  if (await consent.isVisible({ timeout: 5_000 }).catch(() => false)) await consent.click()
}

test('an admin signs in through the company’s provider, and has the admin’s pages', async ({ page }) => {
  await directory('alice', [oidcGroups.admins])
  await page.goto('/')
  // Passwords are off: the company account is the one way in.
  await expect(page.getByRole('textbox', { name: 'Username' })).toHaveCount(0)
  await expectAccessible(page, 'company sign-in page')
  await signInAtProvider(page, 'alice')
  await expect(page).toHaveURL(/\/endpoints/)
  await expect(page.getByRole('button', { name: 'Signed in as alice@example.com' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'New endpoint' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Users' })).toBeVisible()
})

test('a viewer reads, and is offered nothing that changes the account', async ({ page }) => {
  await directory('victor', [oidcGroups.viewers])
  await signInAtProvider(page, 'victor')
  await expect(page.getByRole('heading', { name: 'Webhook endpoints', level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Signed in as victor@example.com' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'New endpoint' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0)
})

test('someone in no group of the console is refused with a page that says why, and it is audited', async ({
  page,
  browser,
}) => {
  await directory('nadia', ['Sales'])
  await signInAtProvider(page, 'nadia')
  await expect(page.getByRole('heading', { name: 'No access to this console' })).toBeVisible()
  await expect(page.getByText('ask your IT administrator to add you to the right group')).toBeVisible()
  expect((await page.request.get('/api/session')).status()).toBe(401)

  // An admin reads it in the audit trail.
  const admin = await browser.newPage()
  await directory('alice', [oidcGroups.admins])
  await signInAtProvider(admin, 'alice')
  await expect(admin.getByRole('link', { name: 'Users' })).toBeVisible()
  const trail = await admin.request.get('/api/audit?action=session.sign-in-failed')
  expect(trail.status()).toBe(200)
  expect(JSON.stringify(await trail.json())).toContain('nadia@example.com')
  await admin.close()
})

test('someone removed at the provider loses the console within the recheck interval', async ({ page }) => {
  await directory('robin', [oidcGroups.admins])
  await signInAtProvider(page, 'robin')
  await expect(page.getByRole('button', { name: 'Signed in as robin@example.com' })).toBeVisible()
  await directory('robin', null)
  // OIDC_RECHECK_MINUTES is 3 s here: the next request after it asks the provider, which refuses.
  await expect
    .poll(async () => (await page.request.get('/api/session')).status(), {
      timeout: 20_000,
      intervals: [1000],
    })
    .toBe(401)
  await page.reload()
  await expect(page.getByRole('link', { name: 'Sign in with your company account' })).toBeVisible()
})

test('signing out ends the session here and at the provider', async ({ page }) => {
  await directory('alice', [oidcGroups.admins])
  await signInAtProvider(page, 'alice')
  await page.getByRole('button', { name: 'Signed in as alice@example.com' }).click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  // The provider asks whether to sign out there too (RP-initiated logout), then sends the browser back.
  const confirm = page.getByRole('button', { name: /sign me out/i })
  await confirm.click()
  await expect(page).toHaveURL(`${origin}/`)
  await expect(page.getByRole('link', { name: 'Sign in with your company account' })).toBeVisible()
  expect((await page.request.get('/api/session')).status()).toBe(401)
  // The provider's session is gone too: signing in again asks for the login again.
  await page.getByRole('link', { name: 'Sign in with your company account' }).click()
  await expect(page.locator('input[name="login"]')).toBeVisible()
})

test('a forged or replayed callback is refused with a plain page, and no session', async ({ page }) => {
  await directory('alice', [oidcGroups.admins])
  // A real sign-in, its callback kept as the browser followed it.
  let callback = ''
  page.on('request', (sent) => {
    if (sent.url().includes('/api/session/oidc/callback')) callback = sent.url()
  })
  await signInAtProvider(page, 'alice')
  await expect(page.getByRole('button', { name: 'Signed in as alice@example.com' })).toBeVisible()
  expect(callback).not.toBe('')

  const stranger = await page.context().browser()?.newPage()
  if (!stranger) throw new Error('no browser')
  // Replayed in a browser that never started a sign-in: no flow of its own to match.
  await stranger.goto(callback)
  await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(/expired|could not be checked/i)
  expect((await stranger.request.get(`${origin}/api/session`)).status()).toBe(401)
  // A sign-in started, then answered with a state the console did not send.
  await stranger.goto(`${origin}/`)
  await stranger.getByRole('link', { name: 'Sign in with your company account' }).click()
  await expect(stranger.locator('input[name="login"]')).toBeVisible()
  const forged = new URL(callback)
  forged.searchParams.set('state', 'forged-state')
  await stranger.goto(forged.href)
  await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(/expired|could not be checked/i)
  expect((await stranger.request.get(`${origin}/api/session`)).status()).toBe(401)
  await stranger.close()

  const trail = await page.request.get('/api/audit?action=session.sign-in-failed')
  const failures = JSON.stringify(await trail.json())
  expect(failures).toContain('"status":400')
})
