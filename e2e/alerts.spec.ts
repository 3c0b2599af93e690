import { expect, expectAccessible, test } from './fixtures.ts'

// The embedded default shows alerts without any setup (issue 15): its first rules, seeded at start, raise an
// alert for the demo's failing integration, sent to the console's own mailbox and chat hooks; the Alerts page
// lists it with what was sent to each channel, and the Local outbox tab shows what arrived there.

test.use({ locale: 'en-US' })

test('the demo’s failing integration raises an alert, shown on the Alerts page and in the local outbox', async ({
  page,
  signedIn: _,
}) => {
  // The rules are checked every 30 s and the messages sent within seconds: a first alert within a minute or
  // two of the endpoints being (re)seeded by an earlier spec. Axe then reads each email's frame.
  test.setTimeout(300_000)
  await page.goto('/endpoints')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Alerts' }).click()
  await expect(page).toHaveURL(/\/alerts$/)
  await expect(page.getByRole('heading', { name: 'Alerts', level: 1 })).toBeVisible()

  const open = page.getByRole('list', { name: 'Open now alerts' })
  const alert = open.getByRole('listitem').filter({ hasText: 'HR data warehouse' }).first()
  await expect(async () => {
    await page.reload()
    await expect(alert).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 180_000, intervals: [5_000] })
  await expect(alert.getByRole('heading', { name: /: HR data warehouse$/ })).toBeVisible()
  await expect(alert.getByText('Open', { exact: true })).toBeVisible()
  await expectAccessible(page, 'alerts page')

  // Filters are kept in the address.
  const show = page.getByRole('radiogroup', { name: 'Show' })
  await show.getByText('Fixed', { exact: true }).click() // the radio itself is hidden under its label
  await expect(page).toHaveURL(/state=closed/)
  await expect(open).toHaveCount(0)
  await show.getByText('All', { exact: true }).click()
  await expect(page).not.toHaveURL(/state=/)

  // What the console's own mailbox and hooks received, in the recipients' languages.
  await page
    .getByRole('navigation', { name: 'Alerts pages' })
    .getByRole('link', { name: 'Local outbox' })
    .click()
  await expect(page).toHaveURL(/\/alerts\/local-outbox$/)
  const received = page.getByRole('list', { name: 'Messages received, newest first' })
  await expect(
    received
      .getByRole('listitem')
      .filter({ hasText: '[Webhooks Lucca] HR data warehouse demande votre attention' }),
  ).not.toHaveCount(0, { timeout: 60_000 }) // sent within seconds of the alert opening; the page refreshes itself
  await expect(
    received.getByRole('listitem').filter({ hasText: '[Lucca webhooks] HR data warehouse needs attention' }),
  ).not.toHaveCount(0)
  const signed = received.getByRole('listitem').filter({ hasText: 'Signed webhook' }).first()
  await expect(signed.getByText('Signature verified ✓')).toBeVisible()
  // The emails show as received, each in a frame sandboxed to run no script: axe cannot enter one (its
  // injection never returns). Each frame has a title; axe then judges the page around them.
  const frames = page.locator('iframe')
  expect(await frames.count()).toBeGreaterThan(0)
  for (const title of await frames.evaluateAll((all) => all.map((frame) => frame.getAttribute('title'))))
    expect(title).toMatch(/^The email as received: /)
  await frames.evaluateAll((all) => all.forEach((frame) => frame.remove()))
  await expectAccessible(page, 'local outbox')

  // The rules that raised it, in words.
  await page.getByRole('navigation', { name: 'Alerts pages' }).getByRole('link', { name: 'Rules' }).click()
  await expect(page).toHaveURL(/\/alerts\/rules$/)
  await expect(page.getByText('An integration is failing').first()).toBeVisible()
  await expectAccessible(page, 'alert rules')
})
