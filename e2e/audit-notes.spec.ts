import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { createEndpoint, E2E, expect, test, writeHeaders } from './fixtures.ts'

// Issue 13: the audit trail (names for targets, filters in the URL, CSV, sign-ins) and the console's own
// notes on an endpoint. The trail outlives an emulator reset, so each test names what it creates uniquely
// and looks for that name, not for a count of rows.

test.use({ locale: 'en-US' })

const unique = (name: string) => `${name} ${Date.now().toString(36)}`

async function editTopics(page: Page, endpointId: string) {
  await page.goto(`/endpoints/${endpointId}`)
  await page.getByRole('button', { name: 'Edit URL and topics' }).click()
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Edit URL and topics' }) })
  await form.getByRole('checkbox', { name: /leave\.created/ }).click()
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Endpoint updated')).toBeVisible()
}

/** An endpoint made and then edited through the console, so the trail holds a creation and a change. */
async function editedEndpoint(page: Page, receiverUrl: string, label: string, path: string) {
  const name = unique(label)
  const endpoint = await createEndpoint(page, { webhookUrl: `${receiverUrl}/ok/${path}`, name })
  await editTopics(page, endpoint.id)
  return { name, endpoint }
}

test('an endpoint edited in the console shows in the trail by its name, the raw target a click away', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  const { name, endpoint } = await editedEndpoint(page, receiver.url, 'Audit me', 'audit-name')

  await page.getByRole('navigation').getByRole('link', { name: 'Audit trail' }).click()
  await expect(page.getByText(/Entries are kept for \d+ days?\./)).toBeVisible()
  const row = page.getByRole('row', { name: new RegExp(`admin changed the endpoint ${name}`) })
  await expect(row).toBeVisible()
  await expect(row.getByText('Done (200)')).toBeVisible()
  await row.getByRole('button', { name: 'Details' }).click()
  await expect(page.getByText(`endpoint.update webhook-endpoints/${endpoint.id}`)).toBeVisible()
  // What it touched is a link to it.
  await row.getByRole('link', { name: `the endpoint ${name}` }).click()
  await expect(page).toHaveURL(new RegExp(`/endpoints/${endpoint.id}$`))

  // On a phone the trail is cards: the same sentence, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/audit')
  const card = page.getByRole('listitem').filter({ hasText: `admin changed the endpoint ${name}` })
  await expect(card.first()).toBeVisible()
  await expect(card.first().getByRole('link', { name: `the endpoint ${name}` })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})

test('a filter set in the URL applies, shows in its field, and survives a reload', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  const { name } = await editedEndpoint(page, receiver.url, 'Filter me', 'audit-filter')

  await page.goto('/audit?action=endpoint.create')
  const action = page.getByRole('combobox', { name: 'Action' })
  await expect(action).toHaveValue('endpoint.create')
  await expect(
    page.getByRole('row', { name: new RegExp(`admin created the endpoint ${name}`) }),
  ).toBeVisible()
  const rows = page.getByRole('row').filter({ hasNot: page.getByRole('columnheader') })
  await expect(rows.filter({ hasText: 'admin changed the endpoint' })).toHaveCount(0)
  expect(await rows.count()).toBeGreaterThan(0)

  // Changing the select writes the URL; a reload reads it back.
  await action.selectOption({ label: 'Changed an endpoint' })
  await expect(page).toHaveURL(/[?&]action=endpoint\.update\b/)
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Action' })).toHaveValue('endpoint.update')
  await expect(
    page.getByRole('row', { name: new RegExp(`admin changed the endpoint ${name}`) }),
  ).toBeVisible()
  await expect(rows.filter({ hasText: 'admin created the endpoint' })).toHaveCount(0)

  // A filter nothing matches: said so, and one click clears every filter.
  await page.goto('/audit?username=nobody-has-this-name')
  await expect(page.getByText('No entry matches these filters.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).last().click()
  await expect(page).toHaveURL(/\/audit$/)
  await expect(page.getByRole('row', { name: new RegExp(name) }).first()).toBeVisible()
})

test('the CSV download carries the filters: its rows are the filtered entries', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  const { name, endpoint } = await editedEndpoint(page, receiver.url, 'Export me', 'audit-csv')

  await page.goto('/audit?action=endpoint.update&username=admin')
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download as CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^console-audit-\d{4}-\d{2}-\d{2}\.csv$/)
  const text = await readFile(await download.path(), 'utf8')
  expect(text.charCodeAt(0)).toBe(0xfeff) // a BOM, so a spreadsheet reads the accents right
  const [header, ...rows] = text.slice(1).trim().split(/\r?\n/)
  expect(header).toBe('at,username,accountLabel,action,target,targetLabel,status')
  expect(rows.length).toBeGreaterThan(0)
  for (const row of rows) expect(row).toMatch(/^[^,]+,admin,[^,]+,endpoint\.update,/)
  expect(rows).toContainEqual(
    expect.stringMatching(new RegExp(`,endpoint\\.update,webhook-endpoints/${endpoint.id},${name},200$`)),
  )
})

test('signing out and in again are in the trail', async ({ page, signedIn: _ }) => {
  await page.goto('/endpoints')
  await page.getByRole('button', { name: 'Signed in as admin' }).click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await expect(page.getByRole('textbox', { name: 'Username' })).toBeVisible()
  const signedOutAt = Date.now()
  await page.getByRole('textbox', { name: 'Username' }).fill(E2E.admin.username)
  await page.getByLabel(/^Password/).fill(E2E.admin.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: 'Signed in as admin' })).toBeVisible()

  for (const [action, sentence] of [
    ['session.sign-out', 'admin signed out'],
    ['session.sign-in', 'admin signed in'],
  ] as const) {
    await page.goto(`/audit?action=${action}`)
    const newest = page.getByRole('row').nth(1)
    await expect(newest).toContainText(sentence)
    const trail = (await (await page.request.get(`/api/audit?action=${action}&limit=1`)).json()) as {
      items: { at: string; username: string }[]
    }
    expect(trail.items[0]?.username).toBe('admin')
    expect(Date.parse(trail.items[0]?.at ?? '')).toBeGreaterThan(signedOutAt - 60_000)
  }
})

test('notes written on an endpoint are there after a reload, and the change is in the trail', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  const name = unique('Noted')
  const endpoint = await createEndpoint(page, { webhookUrl: `${receiver.url}/ok/audit-notes`, name })
  await page.goto(`/endpoints/${endpoint.id}`)
  const panel = page.getByRole('region', { name: 'Console notes' })
  await expect(panel.getByText(/not by Lucca/)).toBeVisible()
  await panel.getByRole('button', { name: 'Add notes' }).click()
  await panel.getByRole('textbox', { name: /^Description/ }).fill('Feeds new hires to the payroll provider')
  await panel.getByRole('textbox', { name: 'Contact name' }).fill('Jeanne Martin')
  await panel.getByRole('textbox', { name: 'Contact email' }).fill('jeanne at paie')
  await panel
    .getByRole('textbox', { name: /^Notes/ })
    .fill('Call Jeanne before changing topics.\nDown on Sundays.')
  await panel.getByRole('button', { name: 'Save notes' }).click()
  await expect(panel.getByText('Enter an email address, like name@example.com.')).toBeVisible()
  await panel.getByRole('textbox', { name: 'Contact email' }).fill('jeanne.martin@paie.example')
  await panel.getByRole('button', { name: 'Save notes' }).click()
  await expect(page.getByText('Console notes saved.')).toBeVisible()

  await page.reload()
  await expect(panel.getByText('Feeds new hires to the payroll provider')).toBeVisible()
  await expect(panel.getByRole('link', { name: 'jeanne.martin@paie.example' })).toHaveAttribute(
    'href',
    'mailto:jeanne.martin@paie.example',
  )
  await expect(panel.getByText(/Call Jeanne before changing topics\.\s+Down on Sundays\./)).toBeVisible()
  await expect(panel.getByText(/^Last changed by admin on /)).toBeVisible()

  // Kept by the console, keyed by the endpoint's id on this account.
  const stored = (await (await page.request.get(`/api/endpoint-notes/${endpoint.id}`)).json()) as {
    ownerEmail: string
  }
  expect(stored.ownerEmail).toBe('jeanne.martin@paie.example')
  const refused = await page.request.put(`/api/endpoint-notes/${endpoint.id}`, {
    data: { description: null, ownerName: null, ownerEmail: 'not-an-email', notes: null },
    headers: writeHeaders(),
  })
  expect(refused.status()).toBe(400)

  await page.goto('/audit?action=endpoint.notes')
  await expect(
    page.getByRole('row', { name: new RegExp(`admin changed the console notes of the endpoint ${name}`) }),
  ).toBeVisible()
})
