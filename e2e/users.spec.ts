import type { Page } from '@playwright/test'
import { E2E, expect, test, writeHeaders } from './fixtures.ts'

test.use({ locale: 'en-US' })

/** A name no earlier run has used: users live in the console's database, not in the emulator. */
const fresh = (prefix: string) => `${prefix}-${Date.now().toString(36)}`

async function addUser(page: Page, username: string, role: 'Read-only' | 'Administrator') {
  await page.getByRole('button', { name: 'Add a user' }).click()
  const form = page.getByRole('dialog', { name: 'Add a user' })
  await form.getByRole('textbox', { name: 'User name' }).fill(username)
  await form.getByRole('radio', { name: new RegExp(`^${role}`) }).check()
  await form.getByRole('button', { name: 'Add user' }).click()
  await expect(form).toHaveCount(0)
}

test('an admin adds a user, who signs in elsewhere; ending their sessions signs them out there', async ({
  page,
  browser,
  context,
  emulator,
  signedIn: _,
}) => {
  void emulator
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const username = fresh('nadia')
  await page.goto('/endpoints')
  await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click()
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible()
  const me = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^admin/ }) })
  await expect(me.getByText('This browser')).toBeVisible()

  await addUser(page, username, 'Read-only')
  const shown = page.getByRole('dialog', { name: `Password of ${username}` })
  await expect(shown.getByText('You will not see this password again')).toBeVisible()
  await shown.getByRole('button', { name: 'Copy' }).click()
  await expect(shown.getByRole('button', { name: 'Copied' })).toBeVisible()
  const password = await page.evaluate(() => navigator.clipboard.readText())
  expect(password.length).toBeGreaterThanOrEqual(12)
  // Closing needs the admin's word that they copied it: it is never shown again.
  await expect(shown.getByRole('button', { name: 'Done' })).toBeDisabled()
  await shown.getByRole('checkbox', { name: 'I have copied the password' }).check()
  await shown.getByRole('button', { name: 'Done' }).click()
  await expect(shown).toHaveCount(0)
  await expect(page.getByText(password)).toHaveCount(0)
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: username }) })
  await expect(card.getByText('Read-only')).toBeVisible()
  await expect(card.getByText('Not signed in anywhere right now.')).toBeVisible()

  // The new user, in a browser of their own.
  const theirs = await browser.newContext({ baseURL: E2E.consoleUrl, locale: 'en-US' })
  const other = await theirs.newPage()
  await other.goto('/endpoints')
  await other.getByRole('textbox', { name: 'Username' }).fill(username)
  await other.getByLabel(/^Password/).fill(password)
  await other.getByRole('button', { name: 'Sign in' }).click()
  await expect(other.getByRole('button', { name: `Signed in as ${username}` })).toBeVisible()
  // A read-only user has no Users entry, and the address itself says why.
  await expect(other.getByRole('navigation').getByRole('link', { name: 'Users' })).toHaveCount(0)
  await other.goto('/users')
  await expect(other.getByText('Administrators only')).toBeVisible()

  await page.reload()
  await expect(card.getByRole('list', { name: '1 active session' })).toBeVisible()
  await expect(card.getByText('Lucca (local)')).toBeVisible()
  await card.getByRole('button', { name: `Actions for ${username}` }).click()
  await page.getByRole('menuitem', { name: 'End all sessions' }).click()
  const confirm = page.getByRole('dialog', { name: `End all sessions of ${username}?` })
  await expect(confirm.getByText(`${username} will be signed out everywhere`)).toBeVisible()
  await confirm.getByRole('button', { name: 'End sessions' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(card.getByText('Not signed in anywhere right now.')).toBeVisible()
  await expect(me.getByText('This browser')).toBeVisible()

  // Their next request finds the session gone.
  await other.reload()
  await expect(other.getByRole('textbox', { name: 'Username' })).toBeVisible()
  await expect(other.getByRole('button', { name: `Signed in as ${username}` })).toHaveCount(0)
  await theirs.close()
})

test('the last administrator can be neither demoted nor removed', async ({ page, emulator, signedIn: _ }) => {
  void emulator
  const other = fresh('olivier')
  await page.goto('/users')
  const me = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^admin/ }) })
  await addUser(page, other, 'Administrator')
  const shown = page.getByRole('dialog', { name: `Password of ${other}` })
  await shown.getByRole('checkbox', { name: 'I have copied the password' }).check()
  await shown.getByRole('button', { name: 'Done' }).click()
  await expect(me.getByText(/The only administrator/)).toHaveCount(0)

  // Meanwhile, in another tab, the other administrator is made read-only: this page does not know yet.
  const demoted = await page.request.put(`/api/users/${other}/role`, {
    data: { role: 'viewer' },
    headers: writeHeaders(),
  })
  expect(demoted.status(), await demoted.text()).toBe(204)
  await me.getByRole('button', { name: 'Actions for admin' }).click()
  await page.getByRole('menuitem', { name: 'Make read-only' }).click()
  const confirm = page.getByRole('dialog', { name: 'Change the role of admin?' })
  await expect(confirm.getByText(/This also signs you out of this browser/)).toBeVisible()
  await confirm.getByRole('button', { name: 'Change role' }).click()
  await expect(confirm.getByRole('alert')).toHaveText(/This is the only administrator/)
  await confirm.getByRole('button', { name: 'Cancel' }).click()

  // The list is up to date again: the refusal is said up front, and the actions are not offered.
  await expect(me.getByText(/The only administrator/)).toBeVisible()
  await me.getByRole('button', { name: 'Actions for admin' }).click()
  await expect(page.getByRole('menuitem', { name: 'Make read-only' })).toBeDisabled()
  await expect(page.getByRole('menuitem', { name: /Remove user/ })).toBeDisabled()
  await page.keyboard.press('Escape')

  // The proxy refuses it too, for any client of its API.
  for (const request of [
    page.request.put('/api/users/admin/role', { data: { role: 'viewer' }, headers: writeHeaders() }),
    page.request.delete('/api/users/admin', { headers: writeHeaders() }),
  ]) {
    const answer = await request
    expect(answer.status()).toBe(409)
    expect(((await answer.json()) as { extensions?: { reason?: string } }).extensions?.reason).toBe(
      'last-admin',
    )
  }
  await expect(page.getByRole('button', { name: 'Signed in as admin' })).toBeVisible()
  expect((await page.request.get('/api/session')).status()).toBe(200)
})

test('an admin who resets their own password, then demotes themself, is asked to sign in again each time', async ({
  page,
  browser,
  emulator,
  signedIn: _,
}) => {
  void emulator
  const username = fresh('ines')
  const created = await page.request.post('/api/users', {
    data: { username, role: 'admin' },
    headers: writeHeaders(),
  })
  expect(created.status(), await created.text()).toBe(201)
  const { password } = (await created.json()) as { password: string }

  const theirs = await browser.newContext({ baseURL: E2E.consoleUrl, locale: 'en-US' })
  await theirs.grantPermissions(['clipboard-read', 'clipboard-write'])
  const own = await theirs.newPage()
  const signIn = await own.request.post('/api/session', {
    data: { username, password },
    headers: writeHeaders(),
  })
  expect(signIn.status()).toBe(200)
  await own.goto('/users')
  const card = own.getByRole('listitem').filter({ has: own.getByRole('heading', { name: username }) })
  await card.getByRole('button', { name: `Actions for ${username}` }).click()
  await own.getByRole('menuitem', { name: 'Reset password' }).click()
  const confirm = own.getByRole('dialog', { name: `Reset the password of ${username}?` })
  await expect(confirm.getByText(/This also signs you out of this browser/)).toBeVisible()
  await confirm.getByRole('button', { name: 'Reset password' }).click()

  // The new password comes first, and nothing covers it until it is copied.
  const shown = own.getByRole('dialog', { name: `New password of ${username}` })
  await expect(shown.getByText(/This is your new password/)).toBeVisible()
  await expect(own.getByRole('dialog', { name: 'Sign in again' })).toHaveCount(0)
  await shown.getByRole('button', { name: 'Copy' }).click()
  const renewed = await own.evaluate(() => navigator.clipboard.readText())
  expect(renewed).not.toBe(password)
  await shown.getByRole('checkbox', { name: 'I have copied the password' }).check()
  await shown.getByRole('button', { name: 'Done' }).click()

  const again = own.getByRole('dialog', { name: 'Sign in again' })
  await expect(again.getByRole('textbox', { name: 'Username' })).toHaveValue(username)
  await again.getByLabel(/^Password/).fill(renewed)
  await again.getByRole('button', { name: 'Sign in' }).click()
  await expect(again).toHaveCount(0)
  await expect(card.getByText('Administrator')).toBeVisible()

  await card.getByRole('button', { name: `Actions for ${username}` }).click()
  await own.getByRole('menuitem', { name: 'Make read-only' }).click()
  const demote = own.getByRole('dialog', { name: `Change the role of ${username}?` })
  await expect(demote.getByText(/no longer be able to manage users/)).toBeVisible()
  await demote.getByRole('button', { name: 'Change role' }).click()
  await expect(again).toBeVisible()
  await again.getByLabel(/^Password/).fill(renewed)
  await again.getByRole('button', { name: 'Sign in' }).click()
  await expect(own.getByText('Administrators only')).toBeVisible()
  await expect(own.getByRole('navigation').getByRole('link', { name: 'Users' })).toHaveCount(0)
  await theirs.close()
})
