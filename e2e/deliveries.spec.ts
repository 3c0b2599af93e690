import type { Page } from '@playwright/test'
import { E2E, createEndpoint, expect, expectAccessible, test, writeHeaders } from './fixtures.ts'

// Journeys of issue 6: test deliveries followed live, failures explained, recovery, signature checks.
// Each test creates its own endpoint on a receiver path of its own, so the order never matters.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

async function deliveriesOf(page: Page, endpointId: string) {
  const response = await page.request.get(
    `/lucca-api/webhook-deliveries?webhookEndpoint.id=${endpointId}&limit=100`,
  )
  const body = (await response.json()) as { items: { status: string; webhookEndpoint: { id: string } }[] }
  return body.items.filter((item) => item.webhookEndpoint.id === endpointId)
}

/**
 * The emulated Lucca keeps its own clock, which earlier tests may have moved forward; the browser gets the
 * same time, as a real browser and Lucca share real time. Its clock then runs on, and can be fast-forwarded.
 */
async function onLuccaTime(page: Page): Promise<number> {
  const response = await page.request.get(`${E2E.emulatorUrl}/_emulator/clock`)
  const now = Date.parse(((await response.json()) as { now: string }).now)
  await page.clock.install({ time: now })
  return now
}

/** `datetime-local` value in the browser's (= this machine's) time zone. */
function localInput(ms: number): string {
  return new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
}

test.use({ locale: 'en-US' })

test('a test to a healthy receiver shows "delivered" with its attempt', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  await onLuccaTime(page)
  const name = `e2e ${unique()}`
  const endpoint = await createEndpoint(page, { webhookUrl: `${receiver.url}/ok/${unique()}`, name })
  await page.goto(`/endpoints/${endpoint.id}/deliveries`)
  await page.getByRole('button', { name: 'Send test delivery' }).first().click()

  await expect(page).toHaveURL(/\/deliveries\/[0-9a-f-]+$/)
  await expect(page.getByRole('status').filter({ hasText: 'Delivered on attempt 1.' })).toBeVisible()
  await expect(page.getByText('Attempt 1', { exact: true })).toBeVisible()
  await expect(page.getByText('HTTP 202')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Event payload' })).toContainText('"topic": "test.created"')
  await expectAccessible(page, 'delivered, light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await expectAccessible(page, 'delivered, dark')

  // Leaving and coming back: the delivery is listed on the endpoint's page, newest first, with its HTTP code
  // (and its words), and the way back to the endpoint.
  await page.goto(`/endpoints/${endpoint.id}/deliveries`)
  const row = page.getByRole('row', { name: /test\.created/ }).first()
  await expect(row).toContainText('Delivered')
  await expect(page.getByRole('columnheader', { name: 'HTTP code' })).toBeVisible()
  await expect(row.getByTitle('202 Accepted')).toHaveText('202Accepted')
  await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute(
    'href',
    `/endpoints/${endpoint.id}`,
  )
  // A new endpoint that works: no failure leads its page.
  await expect(page.getByRole('link', { name: /^Redeliver the/ })).toHaveCount(0)
})

test('a failing receiver shows the attempt, its body and the next attempt; the retry appears without a reload', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  await onLuccaTime(page)
  const endpoint = await createEndpoint(page, {
    webhookUrl: `${receiver.url}/fail/500/${unique()}`,
    name: `e2e ${unique()}`,
  })
  await page.goto(`/endpoints/${endpoint.id}/deliveries`)
  await page.getByRole('button', { name: 'Send test delivery' }).first().click()

  const status = page.getByRole('status').filter({ hasText: /Attempt \d/ })
  await expect(status).toHaveText(/Attempt 1 failed\. Next attempt at .+ \(in \d+ sec/)
  await expect(page.getByText('receiver configured to fail with 500')).toBeVisible()
  await expect(page.getByText('Your receiver ran into an error').first()).toBeVisible()
  await expect(page.getByText('Next attempt planned')).toBeVisible()
  await expectAccessible(page, 'failing delivery')

  await emulator.advanceClock(60)
  await page.clock.fastForward(62_000)
  await expect(status).toHaveText(/Attempt 2 failed\. Next attempt at/)
  // The same answer twice: one line for both, each a click away.
  await expect(page.getByText('Attempts 1–2: HTTP 500')).toBeVisible()
  await page.getByRole('button', { name: 'Show each attempt' }).click()
  await expect(page.getByText('Attempt 2', { exact: true })).toBeVisible()
})

test('a 404 receiver suspends the endpoint; once fixed, re-activation passes the challenge and held events arrive', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  await onLuccaTime(page)
  const name = `gone-${unique()}`
  const endpoint = await createEndpoint(page, {
    webhookUrl: `${receiver.url}/switch/${name}`,
    name: `e2e ${unique()}`,
  })
  await receiver.setSwitch(name, 404)
  await page.goto(`/endpoints/${endpoint.id}/deliveries`)
  await page.getByRole('button', { name: 'Send test delivery' }).first().click()

  await expect(page.getByRole('status').filter({ hasText: 'Failed after 1 attempt.' })).toBeVisible()
  await expect(page.getByText('The receiver’s address does not exist').first()).toBeVisible()
  // The fix in technical terms is for the integrator, a click away.
  const forDeveloper = page.locator('details', {
    hasText: /Re-activate the endpoint: Lucca checks the address again/,
  })
  await forDeveloper.first().locator('summary').click()
  await expect(page.getByText(/Re-activate the endpoint: Lucca checks the address again/)).toBeVisible()
  const reactivate = page.getByRole('button', { name: 'Re-activate the endpoint' })
  await expect(reactivate).toBeVisible() // shown once the console sees the endpoint suspended

  await emulator.emitEvent({ topic: 'employee.created', data: { id: 'held-1', type: 'employee' } })
  await expect
    .poll(async () => (await deliveriesOf(page, endpoint.id)).map((d) => d.status))
    .toContain('undelivered')

  await receiver.setSwitch(name, 202)
  await reactivate.click()
  await expect(page.getByText('Endpoint re-activated: held events are being sent.')).toBeVisible()
  await expect
    .poll(async () =>
      (await receiver.requests(`/switch/${name}`)).filter(
        (r) => r.method === 'POST' && r.body.includes('held-1'),
      ),
    )
    .toHaveLength(1)
  await page.goto(`/endpoints/${endpoint.id}/deliveries?status=delivered`)
  await expect(page.getByRole('row', { name: /employee\.created/ }).first()).toBeVisible()

  // The report for the integrator names the failure and its fix, and holds no secret.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByRole('button', { name: 'Copy report for the integrator' }).click()
  await expect(page.getByText('Report copied. It contains no secret.')).toBeVisible()
  const report = await page.evaluate(() => navigator.clipboard.readText())
  expect(report).toContain('The receiver’s address does not exist (HTTP 404 or 410)')
  expect(report).toContain(`/switch/${name}`)
  expect(report).not.toContain(endpoint.secret)
})

test('outage recovery counts first, then redelivers everything, paced, with progress', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  const outageStart = await onLuccaTime(page)
  const name = `outage-${unique()}`
  const endpoint = await createEndpoint(page, {
    webhookUrl: `${receiver.url}/switch/${name}`,
    name: `e2e ${unique()}`,
  })
  // A flapping receiver: twice its route disappears (404: the event fails at once, the endpoint is
  // suspended), and twice it is fixed and re-activated. No clock leap: other specs share the emulator's clock.
  for (const id of ['o-1', 'o-2']) {
    await receiver.setSwitch(name, 404)
    await emulator.emitEvent({ topic: 'employee.created', data: { id, type: 'employee' } })
    await expect
      .poll(async () => (await deliveriesOf(page, endpoint.id)).filter((d) => d.status === 'failed'))
      .toHaveLength(Number(id.slice(2)))
    await receiver.setSwitch(name, 202)
    const patched = await page.request.patch(`/lucca-api/webhook-endpoints/${endpoint.id}`, {
      data: { status: 'active' },
      headers: writeHeaders(),
    })
    expect(patched.status(), await patched.text()).toBe(200)
  }

  // The endpoint's deliveries lead with its failure in words, and a way to resend what failed, counted.
  await page.goto(`/endpoints/${endpoint.id}/deliveries`)
  await expect(page.getByText('The receiver’s address does not exist').first()).toBeVisible()
  await expectAccessible(page, 'deliveries of a failing endpoint')
  await page.getByRole('link', { name: 'Redeliver the 2 failed deliveries' }).click()
  // One click: the recovery, its window set to the last 7 days and counted at once; nothing sent yet.
  await expect(page).toHaveURL(new RegExp(`/endpoints/${endpoint.id}/recover\\?from=\\d+$`))
  await expect(page.getByRole('status').filter({ hasText: 'events to redeliver' })).toHaveText(
    '2 events to redeliver (2 failed, 0 held).',
  )
  const from = Number(new URL(page.url()).searchParams.get('from'))
  expect(outageStart - from).toBeGreaterThan(7 * 24 * 3_600_000 - 120_000)
  await expect(page.getByRole('textbox', { name: 'From', exact: true })).toHaveValue(localInput(from))
  // The admin may also pick the window the outage covers, and count again.
  await page.getByRole('button', { name: 'Start over' }).click()
  await page.getByRole('textbox', { name: 'From', exact: true }).fill(localInput(outageStart - 3_600_000))
  await page.getByRole('textbox', { name: 'To', exact: true }).fill(localInput(outageStart + 3_600_000))
  await page.getByRole('button', { name: 'Count affected events' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'events to redeliver' })).toHaveText(
    '2 events to redeliver (2 failed, 0 held).',
  )
  await expect(page.getByText('Nothing has been sent yet.', { exact: false })).toBeVisible()
  expect((await deliveriesOf(page, endpoint.id)).length).toBe(2)
  await expectAccessible(page, 'recovery')

  const runStart = new Date().toISOString() // the proxy's audit clock is this machine's
  await page.getByRole('button', { name: 'Redeliver 2 events' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Done:' })).toHaveText(
    'Done: 2 redelivered, 0 errors.',
  )
  await expect
    .poll(async () => (await deliveriesOf(page, endpoint.id)).filter((d) => d.status === 'delivered'))
    .toHaveLength(2)
  // The audit trail records each redelivery, against this endpoint.
  const audit = await page.request.get('/api/audit?limit=50')
  type Entry = { at: string; action: string; target: string; status: number }
  const entries = ((await audit.json()) as { items: Entry[] }).items
  const redeliveries = entries.filter(
    (entry) =>
      entry.at >= runStart &&
      entry.action === 'delivery.redeliver' &&
      entry.target.endsWith(` -> webhook-endpoints/${endpoint.id}`),
  )
  expect(redeliveries.map((entry) => entry.status)).toEqual([202, 202])
})

test('the signature checker says "valid" for a captured delivery and "invalid" for a tampered body', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  await onLuccaTime(page)
  const path = `/ok/${unique()}`
  const endpoint = await createEndpoint(page, {
    webhookUrl: `${receiver.url}${path}`,
    name: `e2e ${unique()}`,
  })
  const sent = await page.request.post('/lucca-api/webhook-deliveries', {
    data: { webhookEndpoint: { id: endpoint.id } },
    headers: writeHeaders(),
  })
  expect(sent.ok()).toBe(true)
  await expect
    .poll(async () => (await receiver.requests(path)).filter((r) => r.method === 'POST'))
    .toHaveLength(1)
  const [captured] = (await receiver.requests(path)).filter((r) => r.method === 'POST')
  if (!captured) throw new Error('no delivery captured')

  await page.goto(`/verify?endpoint=${endpoint.id}`)
  const headers = Object.entries(captured.headers)
    .map(([header, value]) => `${header}: ${value}`)
    .join('\n')
  await page.getByRole('textbox', { name: 'Request headers' }).fill(headers)
  await page.getByRole('textbox', { name: 'Raw request body' }).fill(captured.body)
  await page.getByLabel('Endpoint secret').fill(endpoint.secret)
  await page.getByRole('button', { name: 'Check the signature' }).click()
  await expect(page.getByText('Valid signature', { exact: true })).toBeVisible()
  await expect(page.getByText(/Signature verified \(done\)/)).toBeVisible()

  await page.getByRole('textbox', { name: 'Raw request body' }).fill(captured.body.replace('test', 'tesT'))
  await page.getByRole('button', { name: 'Check the signature' }).click()
  await expect(page.getByText('Invalid signature', { exact: true })).toBeVisible()
  await expectAccessible(page, 'signature checker')

  // The new endpoint's deliveries page offers its checklist, ticked by what the console saw: the valid
  // signature and the delivered test. Its secret came through the API, not the secret dialog: not ticked.
  await page.goto(`/endpoints/${endpoint.id}/deliveries`)
  const checklist = page.getByRole('region', { name: 'Getting this integration live' })
  await expect(checklist.getByText(/Signature verified \(done\)/)).toBeVisible()
  await expect(checklist.getByText(/Test delivered \(done\)/)).toBeVisible()
  await expect(checklist.getByText(/Secret stored \(to do\)/)).toBeVisible()
  await expect(checklist.getByRole('checkbox')).toHaveCount(0)
  await expectAccessible(page, 'deliveries of a new endpoint')
  // Hidden, it stays hidden for this endpoint.
  await checklist.getByRole('button', { name: 'Hide this checklist' }).click()
  await expect(checklist).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('row', { name: /test\.created/ }).first()).toBeVisible()
  await expect(checklist).toHaveCount(0)
})

test('a test sent from the delivery history shows on its delivery page and in the list’s health, without a reload', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  const name = `Health ${unique()}`
  await createEndpoint(page, { webhookUrl: `${receiver.url}/ok/${unique()}`, name })
  await page.goto('/endpoints')
  const row = page.getByRole('row', { name: new RegExp(name) })
  await expect(row.getByText('No recent deliveries')).toBeVisible()
  await page.evaluate(() => Object.assign(window, { sameDocument: true }))

  await row.getByRole('link').first().click()
  await page.getByRole('link', { name: 'Deliveries and troubleshooting' }).click()
  await page.getByRole('button', { name: 'Send test delivery' }).first().click()
  await expect(page.getByRole('status').filter({ hasText: 'Delivered on attempt 1.' })).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Endpoints' }).click()
  await expect(row.getByText('100 %')).toBeVisible()
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true)
})
