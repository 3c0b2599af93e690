import type { Response } from '@playwright/test'
import { verifyLuccaSignature } from '../server/receiver/verify-signature.ts'
import { E2E, expect, test } from './fixtures.ts'

// The walking skeleton's journey, end to end: sign in → create an endpoint that points at the local HTTPS
// receiver → copy its secret → send a test → see it delivered → the receiver got a request signed with
// that secret. Every response the browser sees is checked for credentials on the way.

test.use({ locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write'] })

// The embedded emulator's client secret (see docs/architecture.md), and words that only a leaked token
// answer would hold. The words are looked for in API answers only: the SPA's code may name them in help texts.
const clientSecret = 'console-dev-secret'
const tokenMarkers = ['access_token', 'Bearer ', 'client_secret']

test('an admin onboards a receiver and sees its signed test delivery arrive', async ({
  page,
  emulator,
  receiver,
}) => {
  void emulator // a fresh, empty account
  const bodies: { url: string; body: string }[] = []
  page.on('response', (response: Response) => {
    void response
      .body()
      .then((body) => bodies.push({ url: response.url(), body: body.toString('utf8') }))
      .catch(() => undefined) // redirects and aborted requests have no body
  })

  await page.goto('/')
  await page.getByRole('textbox', { name: 'Username' }).fill(E2E.admin.username)
  await page.getByRole('textbox', { name: 'Password' }).fill(E2E.admin.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'Webhook endpoints', level: 1 })).toBeVisible()

  const path = `/ok/journey-${Date.now()}`
  await page.getByRole('link', { name: 'New endpoint' }).first().click()
  await page.getByRole('textbox', { name: 'Webhook URL' }).fill(`${receiver.url}${path}`)
  await page.getByRole('checkbox', { name: /employee\.updated/ }).click()
  await page.getByRole('textbox', { name: /^Name/ }).fill('Journey receiver')
  await page.getByRole('button', { name: 'Create endpoint' }).click()

  const dialog = page.getByRole('dialog', { name: 'Save the signing secret' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Copy' }).click()
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible()
  const secret = await page.evaluate(() => navigator.clipboard.readText())
  expect(secret.length).toBeGreaterThanOrEqual(32)
  // Copying ticks "stored"; the admin can still untick it.
  const stored = dialog.getByRole('checkbox', { name: 'I have stored the secret somewhere safe' })
  await expect(stored).toBeChecked()
  await stored.uncheck()
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeDisabled()
  await stored.check()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toHaveCount(0)

  await expect(page.getByRole('heading', { name: 'Journey receiver' })).toBeVisible()
  const endpointPath = new URL(page.url()).pathname
  // The page says the secret was issued here, and how it ends: never the whole of it.
  const secretHint = page.getByRole('region', { name: 'Signing secret' })
  await expect(secretHint).toContainText('Issued by this console on')
  await expect(secretHint.getByText(`…${secret.slice(-4)}`)).toBeVisible()
  await expect(page.getByText(secret)).toHaveCount(0)
  await page.getByRole('navigation').getByRole('link', { name: 'Endpoints' }).click()
  const row = page.getByRole('row', { name: /Journey receiver/ })
  await row.getByRole('button', { name: 'Send test' }).click()
  await expect(row.getByText('Delivered')).toBeVisible({ timeout: 20_000 })

  // Its onboarding checklist ticked what the console saw: the secret dialog confirmed, the test delivered.
  await page.goto(`${endpointPath}/deliveries`)
  const checklist = page.getByRole('region', { name: 'Getting this integration live' })
  await expect(checklist.getByText(/Secret stored \(done\)/)).toBeVisible()
  await expect(checklist.getByText(/Test delivered \(done\)/)).toBeVisible()

  const received = (await receiver.requests(path)).filter((request) => request.method === 'POST')
  expect(received).toHaveLength(1)
  const [delivery] = received
  if (!delivery) throw new Error('the receiver got no delivery')
  const event = JSON.parse(delivery.body) as { topic: string }
  expect(event.topic).toBe('test.created')
  expect(
    verifyLuccaSignature(
      secret,
      delivery.headers['lucca-timestamp'],
      delivery.headers['lucca-signature'],
      delivery.body,
    ),
  ).toBe(true)
  expect(
    verifyLuccaSignature(
      secret,
      delivery.headers['lucca-timestamp'],
      delivery.headers['lucca-signature'],
      `${delivery.body} `,
    ),
  ).toBe(false)

  // Nothing the browser received carries a Lucca credential or the session cookie's value.
  const cookies = await page.context().cookies()
  const sessionValues = cookies.filter((cookie) => cookie.httpOnly).map((cookie) => cookie.value)
  expect(sessionValues.length).toBeGreaterThan(0)
  expect(bodies.length).toBeGreaterThan(5)
  for (const { url, body } of bodies) {
    const isApi = /\/(api|lucca-api)\//.test(new URL(url).pathname)
    for (const marker of [clientSecret, ...sessionValues, ...(isApi ? tokenMarkers : [])]) {
      expect(body.includes(marker), `${url} contains ${marker.slice(0, 12)}…`).toBe(false)
    }
  }
})
