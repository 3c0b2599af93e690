// Screenshots of every console page, light and dark, wide and narrow, empty and full, for the README and
// for review. Usage: `npx vite build && node --import tsx scripts/screenshots.ts` (writes docs/screenshots/).
import { existsSync, mkdirSync } from 'node:fs'
import { chromium, type Browser, type Page } from '@playwright/test'
import { startStack } from '../testing/stack.ts'
import { chromiumArgs, chromiumPath } from './chromium.ts'

const out = 'docs/screenshots'

if (!existsSync('dist/index.html')) throw new Error('Build the SPA first: npx vite build')
mkdirSync(out, { recursive: true })

const stack = await startStack({
  staticDir: 'dist',
  // Fixed, so the addresses the shots show stay the same from one run to the next.
  ports: { console: 21180, emulator: 21110, receiver: 21543 },
  // Dozens of screens in a few seconds: Lucca's per-minute budget would only make the shots wait. The lists
  // read the console's history, which its collector keeps, as `npm start` does (only faster).
  env: {
    EMULATOR_RATE_LIMIT: 'off',
    LUCCA_BUDGET_PER_MINUTE: '10000',
    COLLECTOR: 'on',
    COLLECTOR_BUDGET_PER_MINUTE: '300',
    // Seeded by the script's own resets: the history keeps what a first seed sent, which would show twice.
    EMULATOR_SEED: '0',
  },
})
const base = stack.url
const { password } = stack.admin
const writeHeaders = { 'X-Console-Request': '1', Origin: base }

const sizes = { wide: { width: 1440, height: 900 }, narrow: { width: 390, height: 844 } } as const
type Scheme = 'light' | 'dark'

async function newPage(
  browser: Browser,
  scheme: Scheme,
  size: keyof typeof sizes,
  signIn = true,
  locale = 'en-US',
): Promise<Page> {
  const context = await browser.newContext({
    viewport: sizes[size],
    colorScheme: scheme,
    locale,
    deviceScaleFactor: 1,
  })
  const page = await context.newPage()
  if (signIn) {
    const response = await page.request.post(`${base}/api/session`, {
      data: stack.admin,
      headers: writeHeaders,
    })
    if (response.status() !== 200) throw new Error(`sign-in answered ${response.status()}`)
  }
  return page
}

/** Until the console's history shows exactly the emulator's endpoints (its collector's next round). */
async function historyCaughtUp(browser: Browser) {
  const { json } = await stack.emulator.api('GET', '/webhook-endpoints?limit=100')
  const wanted = ((json as { items: { id: unknown }[] }).items ?? []).map((e) => String(e.id)).sort()
  const reader = await newPage(browser, 'light', 'wide')
  for (let tries = 0; ; tries += 1) {
    const response = await reader.request.get(`${base}/api/history/endpoints?pageSize=100`)
    const kept = ((await response.json()) as { items: { id: string }[] }).items.map((e) => e.id).sort()
    if (kept.join() === wanted.join()) break
    if (tries > 100) throw new Error(`the history shows ${kept.join()}, not ${wanted.join()}`)
    await reader.waitForTimeout(200)
  }
  await reader.context().close()
}

/** The endpoints a shot created, deleted so that the next shots show the seeded account only. */
async function deleteCreated(browser: Browser, name: string) {
  const { json } = await stack.emulator.api('GET', '/webhook-endpoints?limit=100')
  for (const endpoint of (json as { items: { id: string; name?: string }[] }).items)
    if (endpoint.name === name) await stack.emulator.api('DELETE', `/webhook-endpoints/${endpoint.id}`)
  await historyCaughtUp(browser)
}

async function shot(page: Page, name: string, fullPage = true) {
  // Let toasts, transitions and web fonts settle; screenshots are for people, so a fixed pause is fine here.
  await page.waitForTimeout(400)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${out}/${name}.png`, fullPage })
  console.log(`${out}/${name}.png`)
}

/** Issue 6's screens (a failing endpoint's deliveries, a failed delivery, recovery, the verifier) and the audit trail. */
async function debuggingShots(page: Page, suffix: string) {
  await page.goto(`${base}/endpoints`)
  await page.getByRole('link', { name: /\/fail\/500\/warehouse/ }).click()
  await page.getByRole('link', { name: 'Deliveries and troubleshooting' }).click()
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.getByRole('table').first().waitFor()
  await shot(page, `deliveries-${suffix}`)

  const response = await page.request.get(`${base}/lucca-api/webhook-deliveries?limit=100`)
  const endpointId = /\/endpoints\/([^/]+)\/deliveries/.exec(page.url())?.[1]
  const { items } = (await response.json()) as {
    items: { id: string; attemptsCount: number; webhookEndpoint: { id: string } }[]
  }
  const failing = items.find((d) => d.webhookEndpoint.id === endpointId && d.attemptsCount > 0)
  if (failing) {
    await page.goto(`${base}/deliveries/${failing.id}`)
    await page.getByText('HTTP 500').first().waitFor()
    await shot(page, `delivery-failing-${suffix}`)
  }

  await page.goto(`${base}/endpoints/${endpointId}/recover`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await shot(page, `recovery-${suffix}`)

  await page.goto(`${base}/verify`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await shot(page, `verify-${suffix}`)

  await page.goto(`${base}/audit`)
  await page.getByRole('table').waitFor()
  await shot(page, `audit-${suffix}`)
}

/**
 * Issue 15's alerts on the embedded default: the alert the demo's failing integration raises, the rules, the
 * local outbox, and an alert email as its HTML renders, in English and French, wide and narrow.
 */
async function alertsShots(browser: Browser, scheme: Scheme) {
  for (const [size, locale] of [
    ['wide', 'en-US'],
    ['narrow', 'en-US'],
    ['wide', 'fr-FR'],
  ] as const) {
    const french = locale === 'fr-FR'
    const suffix = `${french ? 'fr-' : ''}${scheme}${size === 'narrow' ? '-narrow' : ''}`
    const page = await newPage(browser, scheme, size, true, locale)
    // The rules are checked every 30 s: the first alert comes within a minute of the seed.
    for (let tries = 0; ; tries += 1) {
      await page.goto(`${base}/alerts`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      const open = page.getByRole('list', { name: french ? 'Alertes : En cours' : 'Open now alerts' })
      if (
        await open
          .getByText('HR data warehouse')
          .first()
          .isVisible()
          .catch(() => false)
      )
        break
      if (tries > 40) throw new Error('no alert for the demo’s failing integration')
      await page.waitForTimeout(3000)
    }
    await shot(page, `alerts-${suffix}`)
    await page.goto(`${base}/alerts/rules`)
    await page.getByText('An integration is failing').first().waitFor()
    await shot(page, `alert-rules-${suffix}`)
    await page.goto(`${base}/alerts/local-outbox`)
    await page.getByRole('list').getByRole('listitem').first().waitFor()
    await shot(page, `local-outbox-${suffix}`)
    if (size === 'wide') {
      // The email as a mail client that follows the system's scheme shows it.
      const { items } = (await (await page.request.get(`${base}/api/alerts/local-outbox`)).json()) as {
        items: { kind: string; to: string; html: string | null }[]
      }
      const email = items.find(
        (item) => item.kind === 'email' && item.html && item.to.endsWith(french ? '.fr' : '.com'),
      )
      if (!email?.html) throw new Error('no alert email in the local outbox')
      await page.setViewportSize({ width: 720, height: 640 })
      await page.setContent(email.html)
      await shot(page, `alert-email-${suffix}`)
    }
    await page.context().close()
  }
}

/** Signing out, and a session that ends while a form is filled in (issue 11.5). */
async function sessionShots(browser: Browser, scheme: Scheme) {
  const page = await newPage(browser, scheme, 'wide')
  await page.goto(`${base}/endpoints/new`)
  await page.getByRole('textbox', { name: 'Webhook URL' }).fill(`${stack.receiverUrl}/ok/typed`)
  await page.getByRole('checkbox', { name: /employee\.created/ }).check()
  await page.request.delete(`${base}/api/session`, { headers: writeHeaders })
  await page.getByRole('button', { name: 'Create endpoint' }).click()
  await page.getByRole('dialog', { name: 'Sign in again' }).waitFor()
  await shot(page, `session-expired-${scheme}`, false)
  await page
    .getByRole('dialog')
    .getByLabel(/^Password/)
    .fill(password)
  await page.getByRole('dialog').getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('dialog').waitFor({ state: 'detached' })
  await page.getByRole('button', { name: 'Signed in as admin' }).click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await page.getByText('You are signed out.').waitFor()
  await shot(page, `signed-out-${scheme}`)
  await page.context().close()
}

/** The list, a failing delivery and a topic's catalog entry as a French admin sees them. */
async function frenchShots(browser: Browser, scheme: Scheme) {
  const page = await newPage(browser, scheme, 'wide', true, 'fr-FR')
  await page.goto(`${base}/endpoints`)
  await page.getByRole('link', { name: /\/ok\/payroll/ }).waitFor()
  await page.getByText('En échec', { exact: true }).first().waitFor()
  await shot(page, `endpoints-fr-${scheme}`)
  await page.goto(`${base}/deliveries`)
  await page
    .getByText(/Erreur du récepteur/)
    .filter({ visible: true })
    .first()
    .waitFor()
  await shot(page, `delivery-log-fr-${scheme}`)
  await page.goto(`${base}/endpoints`)
  await page.getByRole('link', { name: /\/ok\/payroll/ }).waitFor()
  await page.getByRole('link', { name: /\/fail\/500\/warehouse/ }).click()
  await page.getByRole('link', { name: 'Envois et dépannage' }).click()
  await page.getByRole('table').first().getByRole('link').first().click()
  await page.getByText('HTTP 500').first().waitFor()
  await shot(page, `delivery-failing-fr-${scheme}`)
  await page.goto(`${base}/topics/leave-request-decision.created`)
  await page.getByText(/champs contiennent des données personnelles/).waitFor()
  await shot(page, `topic-fr-${scheme}`)
  await page.context().close()
}

/** Issue 13's Users page: people with sessions in several browsers, the one-time password, in English and French. */
async function usersShots(browser: Browser, scheme: Scheme) {
  const seed = await newPage(browser, scheme, 'wide')
  const listing = await seed.request.get(`${base}/api/users`)
  const known = ((await listing.json()) as { items: { username: string }[] }).items.map((u) => u.username)
  for (const [username, role] of [
    ['camille.martin', 'viewer'],
    ['j.dupont', 'admin'],
    ['paie-integration', 'viewer'],
  ] as const) {
    if (known.includes(username)) continue
    const added = await seed.request.post(`${base}/api/users`, {
      data: { username, role },
      headers: writeHeaders,
    })
    const { password: theirs } = (await added.json()) as { password: string }
    // Signed in from a browser or two of their own, except the integration account.
    for (let browsers = username === 'paie-integration' ? 0 : 2; browsers > 0; browsers--) {
      const context = await browser.newContext()
      await context.request.post(`${base}/api/session`, {
        data: { username, password: theirs },
        headers: writeHeaders,
      })
      await context.close()
    }
  }
  await seed.context().close()

  for (const [size, locale] of [
    ['wide', 'en-US'],
    ['narrow', 'en-US'],
    ['wide', 'fr-FR'],
  ] as const) {
    const suffix = `${locale === 'fr-FR' ? 'fr-' : ''}${scheme}${size === 'narrow' ? '-narrow' : ''}`
    const page = await newPage(browser, scheme, size, true, locale)
    // Each shot signs in afresh: only this browser's session of the admin is worth showing.
    const { items } = (await (await page.request.get(`${base}/api/users`)).json()) as {
      items: { username: string; sessions: { id: string; current: boolean }[] }[]
    }
    for (const session of items.find((u) => u.username === stack.admin.username)?.sessions ?? []) {
      if (session.current) continue
      await page.request.delete(`${base}/api/users/${stack.admin.username}/sessions/${session.id}`, {
        headers: writeHeaders,
      })
    }
    await page.goto(`${base}/users`)
    await page.getByRole('heading', { name: 'camille.martin' }).waitFor()
    await shot(page, `users-${suffix}`)
    await page
      .getByRole('button', { name: locale === 'fr-FR' ? 'Ajouter un utilisateur' : 'Add a user' })
      .click()
    await page
      .getByRole('dialog')
      .getByRole('textbox')
      .fill(`nadia.${scheme}.${size}.${locale.slice(0, 2)}`)
    await page
      .getByRole('dialog')
      .getByRole('button', { name: locale === 'fr-FR' ? 'Ajouter l’utilisateur' : 'Add user' })
      .click()
    await page.getByRole('dialog').getByRole('checkbox').waitFor()
    await shot(page, `password-modal-${suffix}`, false) // a modal covers the viewport only
    await page.context().close()
  }
}

async function run(browser: Browser) {
  // The history keeps every delivery it saw, beyond a reset: the empty screens come first, then one seed.
  for (const scheme of ['light', 'dark'] as const) {
    await sessionShots(browser, scheme)
    const signInPage = await newPage(browser, scheme, 'wide', false)
    await signInPage.goto(`${base}/endpoints`)
    await signInPage.getByRole('button', { name: 'Sign in' }).waitFor()
    await shot(signInPage, `sign-in-${scheme}`)
    await signInPage.context().close()

    const empty = await newPage(browser, scheme, 'wide')
    await empty.goto(`${base}/endpoints`)
    await empty.getByText('No webhook endpoints yet').waitFor()
    await shot(empty, `endpoints-empty-${scheme}`)
    await empty.goto(`${base}/deliveries`)
    await empty.getByRole('heading', { level: 1 }).waitFor()
    await shot(empty, `delivery-log-empty-${scheme}`)
    await empty.context().close()
  }

  await stack.emulator.reset({ seed: true })
  await historyCaughtUp(browser)
  for (const scheme of ['light', 'dark'] as const) {
    for (const size of ['wide', 'narrow'] as const) {
      const suffix = size === 'wide' ? scheme : `${scheme}-narrow`
      const page = await newPage(browser, scheme, size)
      await page.goto(`${base}/endpoints`)
      // Rows on wide screens, cards on narrow ones: the endpoint link is in both.
      await page.getByRole('link', { name: /\/ok\/payroll/ }).waitFor()
      await page.getByText('Failing', { exact: true }).filter({ visible: true }).first().waitFor()
      await shot(page, `endpoints-${suffix}`)

      await page.goto(`${base}/deliveries`)
      await page
        .getByText(/Receiver error/)
        .filter({ visible: true })
        .first()
        .waitFor()
      await shot(page, `delivery-log-${suffix}`)
      await page.goto(`${base}/endpoints`)

      await page.getByRole('link', { name: /\/ok\/payroll/ }).click()
      await page.getByRole('heading', { name: 'Payroll sync' }).waitFor()
      await shot(page, `endpoint-detail-${suffix}`)
      if (size === 'wide') {
        // Issue 16's real event: the recent events of the endpoint's topics, from the console's history.
        await page.getByRole('button', { name: 'Send a real event' }).click()
        await page
          .getByRole('dialog', { name: 'Send a recent real event' })
          .getByText(/personal data/)
          .waitFor()
        await shot(page, `real-event-${suffix}`, false) // a modal covers the viewport only
        await page.keyboard.press('Escape')
      }

      await page.goto(`${base}/endpoints`)
      await page.getByRole('link', { name: /\/fail\/404\/intranet/ }).click()
      await page.getByText('Suspended: nothing is being sent').waitFor()
      await shot(page, `endpoint-suspended-${suffix}`)

      // The failing one's page leads with how it is doing: its health, since when, the last error in words.
      await page.goto(`${base}/endpoints`)
      await page.getByRole('link', { name: /\/fail\/500\/warehouse/ }).click()
      await page.getByText('Last error: Your receiver ran into an error').waitFor()
      await page
        .getByRole('region', { name: 'Recent deliveries' })
        .getByText('Failed')
        .filter({ visible: true })
        .first()
        .waitFor()
      await shot(page, `endpoint-failing-${suffix}`)

      // Issue 16's topic catalog: every topic in plain words, and one topic's chain, fields and personal data.
      await page.goto(`${base}/topics`)
      await page.getByRole('heading', { name: 'One change, several events' }).waitFor()
      await shot(page, `topics-${suffix}`)
      await page.goto(`${base}/topics/leave-request-decision.created`)
      await page.getByText(/fields hold personal data/).waitFor()
      await shot(page, `topic-${suffix}`)
      if (size === 'narrow') {
        // On a phone the audit trail is a list of cards.
        await page.goto(`${base}/audit`)
        await page.getByRole('list', { name: 'Changes made through the console, newest first' }).waitFor()
        await shot(page, `audit-${suffix}`)
      }

      await page.goto(`${base}/endpoints/new`)
      await page.getByRole('button', { name: 'accepts every delivery' }).waitFor()
      await shot(page, `new-endpoint-${suffix}`)
      await page.getByRole('button', { name: 'Create endpoint' }).click()
      await page.getByText('Choose at least one topic.').waitFor()
      await shot(page, `new-endpoint-errors-${suffix}`)

      await page.getByRole('textbox', { name: 'Webhook URL' }).fill(`${stack.receiverUrl}/ok/screenshots`)
      await page.getByRole('textbox', { name: /^Name/ }).fill('Screenshot receiver')
      const topics = page.getByRole('group', { name: 'Topics' })
      await topics.getByRole('checkbox', { name: /employee\.created/ }).check()
      await topics.getByRole('textbox', { name: /Filter topics/ }).fill('leave')
      await topics.getByRole('checkbox', { name: /leave\.created/ }).check()
      if (size === 'wide') {
        await topics.screenshot({ path: `${out}/topic-picker-${suffix}.png` })
        console.log(`${out}/topic-picker-${suffix}.png`)
      }
      await page.getByRole('button', { name: 'Create endpoint' }).click()
      await page.getByRole('dialog', { name: 'Save the signing secret' }).waitFor()
      await shot(page, `secret-modal-${suffix}`, false) // a modal covers the viewport only
      await deleteCreated(browser, 'Screenshot receiver')
      if (size === 'wide') await debuggingShots(page, suffix)
      await page.context().close()
    }
    await frenchShots(browser, scheme)
    await usersShots(browser, scheme)
    await alertsShots(browser, scheme)
    await connectionShots(browser, scheme)
  }
}

/** Issue 18's connection check on the embedded account, which passes every step; in English and French. */
async function connectionShots(browser: Browser, scheme: Scheme) {
  for (const [size, locale, passed] of [
    ['wide', 'en-US', 'Every step passed'],
    ['narrow', 'en-US', 'Every step passed'],
    ['wide', 'fr-FR', 'Toutes les étapes sont réussies'],
  ] as const) {
    const page = await newPage(browser, scheme, size, true, locale)
    await page.goto(`${base}/connection`)
    await page.getByText(passed).waitFor()
    await shot(
      page,
      `connection-${locale === 'fr-FR' ? 'fr-' : ''}${scheme}${size === 'narrow' ? '-narrow' : ''}`,
    )
    await page.context().close()
  }
}

try {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
  })
  try {
    await run(browser)
  } finally {
    await browser.close()
  }
} finally {
  await stack.close()
}
