import type { Page } from '@playwright/test'
import { createEndpoint, E2E, expect, test } from './fixtures.ts'

// Journeys of the endpoint screens (issue 5). Each test seeds what it needs through the emulator and
// the console's own API, so the order never matters.

async function endpointStatus(page: Page, id: string) {
  const response = await page.request.get(`/lucca-api/webhook-endpoints/${id}`)
  return ((await response.json()) as { status: string }).status
}

test.describe('in English, dark mode', () => {
  test.use({ locale: 'en-US', colorScheme: 'dark' })

  test('list → filter → open', async ({ page, emulator, signedIn: _ }) => {
    await emulator.reset({ seed: true })
    await page.goto('/endpoints')
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
    await expect(page.getByRole('row', { name: /Payroll sync/ })).toBeVisible()

    const status = page.getByRole('group', { name: 'Status' })
    await status.getByText('Suspended').click()
    await expect(status.getByRole('checkbox', { name: 'Suspended' })).toBeChecked()
    await expect(page).toHaveURL(/status=suspended/)
    await expect(page.getByRole('row', { name: /Legacy intranet/ })).toBeVisible()
    await expect(page.getByRole('row', { name: /Payroll sync/ })).toHaveCount(0)

    await page.getByRole('textbox', { name: 'Search' }).fill('intranet')
    await expect(page).toHaveURL(/q=intranet/)
    await page.reload() // the filters live in the URL
    await expect(page.getByRole('textbox', { name: 'Search' })).toHaveValue('intranet')

    await page
      .getByRole('row', { name: /Legacy intranet/ })
      .getByRole('link')
      .click()
    await expect(page.getByRole('heading', { name: 'Legacy intranet' })).toBeVisible()
    await expect(page.getByText('Suspended: nothing is being sent')).toBeVisible()
  })

  test('disable, then enable again', async ({ page, emulator, receiver, signedIn: _ }) => {
    void emulator
    const endpoint = await createEndpoint(page, {
      webhookUrl: `${receiver.url}/ok/toggle`,
      topics: ['leave.created'],
      name: 'Toggle me',
    })
    await page.goto('/endpoints')
    const row = page.getByRole('row', { name: /Toggle me/ })
    await expect(row.getByText('Active', { exact: true })).toBeVisible()

    await row.getByRole('button', { name: 'More actions for Toggle me' }).click()
    await page.getByRole('menuitem', { name: 'Disable' }).click()
    await expect(row.getByText('Inactive', { exact: true })).toBeVisible()
    await expect(row.getByRole('button', { name: 'Send test' })).toBeDisabled()
    expect(await endpointStatus(page, endpoint.id)).toBe('inactive')

    await row.getByRole('button', { name: 'More actions for Toggle me' }).click()
    await page.getByRole('menuitem', { name: 'Enable' }).click()
    const dialog = page.getByRole('dialog', { name: /Activate/ })
    await expect(dialog.getByText(/Lucca checks that your receiver answers at this address/)).toBeVisible()
    await dialog.locator('summary').click() // the address check in technical terms, for the integrator
    await expect(dialog.getByText(/answer 200 OK/)).toBeVisible()
    await dialog.getByRole('button', { name: 'Activate' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(row.getByText('Active', { exact: true })).toBeVisible()
    expect(await endpointStatus(page, endpoint.id)).toBe('active')
  })
})

test.describe('in French', () => {
  test.use({ locale: 'fr-FR', permissions: ['clipboard-read', 'clipboard-write'] })

  test('créer avec une mauvaise URL → corriger → secret → copier → confirmer → secret nulle part', async ({
    page,
    emulator,
    receiver,
    signedIn: _,
  }) => {
    void emulator
    await page.goto('/endpoints')
    await page.getByRole('link', { name: 'Nouveau point de terminaison' }).click()

    const url = page.getByRole('textbox', { name: 'URL du webhook' })
    await url.fill(`http://127.0.0.1:14443/ok/fr`)
    await page.getByRole('textbox', { name: /^Nom/ }).fill('Synchro paie')
    await page.getByRole('checkbox', { name: /employee\.created/ }).click()
    await page.getByRole('button', { name: 'Créer le point de terminaison' }).click()
    await expect(page.getByText(/doit commencer par https:\/\//)).toBeVisible()
    await expect(url).toHaveValue('http://127.0.0.1:14443/ok/fr')
    await expect(page.getByRole('textbox', { name: /^Nom/ })).toHaveValue('Synchro paie')
    await expect(page.getByText('1 type d’événement choisi')).toBeVisible()

    await url.fill(`${receiver.url}/ok/fr`)
    await page.getByRole('button', { name: 'Créer le point de terminaison' }).click()
    const dialog = page.getByRole('dialog', { name: 'Enregistrez le secret de signature' })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Copier' }).click()
    await expect(dialog.getByRole('button', { name: 'Copié' })).toBeVisible()
    const secret = await page.evaluate(() => navigator.clipboard.readText())
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32,}$/)

    // Copying ticks "stored"; unticked, Escape does not lose the secret silently.
    const stored = dialog.getByRole('checkbox', { name: 'J’ai enregistré le secret en lieu sûr' })
    await expect(stored).toBeChecked()
    await stored.uncheck()
    await page.keyboard.press('Escape')
    await expect(dialog.getByText(/Confirmez avoir enregistré le secret/)).toBeVisible()
    await stored.check()
    await dialog.getByRole('button', { name: 'Terminé' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Synchro paie' })).toBeVisible()

    const traces = await page.evaluate(async () => ({
      url: location.href,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      indexedDb: JSON.stringify(await indexedDB.databases()),
      cookies: document.cookie,
      cache: window.__consoleCacheDump?.() ?? 'no dump',
      dom: document.documentElement.outerHTML,
    }))
    expect(traces.cache).toContain('Synchro paie') // the dump is real…
    for (const [where, text] of Object.entries(traces)) expect(text, where).not.toContain(secret) // …and secret-free
  })

  test('supprimer un point de terminaison après confirmation', async ({
    page,
    emulator,
    receiver,
    signedIn: _,
  }) => {
    void emulator
    const endpoint = await createEndpoint(page, {
      webhookUrl: `${receiver.url}/ok/delete`,
      topics: ['employee.deleted'],
      name: 'À supprimer',
    })
    await page.goto(`/endpoints/${endpoint.id}`)
    await page.getByRole('button', { name: 'Supprimer' }).click()
    const dialog = page.getByRole('dialog', { name: 'Supprimer « À supprimer » ?' })
    await expect(dialog.getByText(`${receiver.url}/ok/delete`)).toBeVisible()
    await dialog.getByRole('button', { name: 'Supprimer le point de terminaison' }).click()
    await expect(page).toHaveURL(/\/endpoints$/)
    await expect(page.getByText('Aucun point de terminaison', { exact: true })).toBeVisible()
    expect((await page.request.get(`/lucca-api/webhook-endpoints/${endpoint.id}`)).status()).toBe(404)
  })
})

test.describe('in English', () => {
  test.use({ locale: 'en-GB' })

  test('a banner on every page names the failing integrations, and leads to each', async ({
    page,
    emulator,
    signedIn: _,
  }) => {
    await emulator.reset({ seed: true })
    // In the list, sorted by health (the default), the two failing ones lead, "Failing" in red.
    await page.goto('/endpoints?sort=health')
    const rows = page.getByRole('row').filter({ has: page.getByRole('link') })
    for (const index of [0, 1]) {
      const state = rows.nth(index).getByText('Failing', { exact: true })
      await expect(state).toBeVisible()
      // Polled: the live stream may re-render the row between finding the badge and reading its style.
      const redness = async () => {
        const color = await state.evaluate((node) => getComputedStyle(node).color)
        const [red = 0, green = 0, blue = 0] = color.match(/\d+/g)?.map(Number) ?? []
        return red - Math.max(green, blue)
      }
      await expect.poll(redness, { message: 'Failing reads in red' }).toBeGreaterThan(80)
    }
    await expect(rows.nth(0).or(rows.nth(1)).filter({ hasText: 'HR data warehouse' })).toHaveCount(1)
    await page.goto('/audit')
    // The seed's warehouse answers 500 to every delivery; the intranet answered 404 and was suspended.
    const banner = page.getByRole('region', { name: '2 integrations are failing' })
    await expect(banner).toBeVisible()
    await expect(banner.getByRole('link', { name: 'Legacy intranet' })).toBeVisible()
    await banner.getByRole('link', { name: 'HR data warehouse' }).click()
    await expect(page.getByRole('heading', { name: 'HR data warehouse' })).toBeVisible()
    await expect(banner).toBeVisible()
    // Its page leads with how it is doing: failing, since when, and its last error in words.
    const health = page.getByRole('region', { name: 'How it is doing' })
    await expect(health.getByText('Failing', { exact: true })).toBeVisible()
    await expect(health.getByText(/^Failing since /)).toBeVisible()
    await expect(health.getByText('Last error: Your receiver ran into an error')).toBeVisible()
    await expect(health.getByText(/^HTTP 500 · /)).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'Recent deliveries' }).getByText('Failed').first(),
    ).toBeVisible()

    // Once nothing fails, it goes, without a reload.
    await emulator.reset({ seed: false })
    await expect(banner).toHaveCount(0, { timeout: 20_000 })
  })

  test('edit topics with an impact preview', async ({ page, emulator, receiver, signedIn: _ }) => {
    void emulator
    const endpoint = await createEndpoint(page, {
      webhookUrl: `${receiver.url}/ok/edit`,
      topics: ['employee.created', 'employee.updated'],
      name: 'Edit me',
    })
    await page.goto(`/endpoints/${endpoint.id}`)
    // The editor opens on demand, in place of the details.
    await expect(page.getByRole('region', { name: 'Details' })).toBeVisible()
    await page.getByRole('button', { name: 'Edit URL and topics' }).click()
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Edit URL and topics' }) })
    await form.getByRole('checkbox', { name: /leave\.created/ }).click()
    await form.getByRole('checkbox', { name: /employee\.updated/ }).click() // unticking a chosen topic removes it
    await expect(form.getByText('Starts receiving 1 topic:')).toBeVisible()
    await expect(form.getByText('+ leave.created')).toBeVisible()
    await expect(form.getByText('Stops receiving 1 topic:')).toBeVisible()
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Endpoint updated')).toBeVisible()
    await expect(form).toHaveCount(0) // saved: the editor closes
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('leave.created')

    const saved = (await (await page.request.get(`/lucca-api/webhook-endpoints/${endpoint.id}`)).json()) as {
      topics: string[]
    }
    expect(saved.topics.sort()).toEqual(['employee.created', 'leave.created'])
  })

  test('deleting from its page reads the deleted endpoint no more', async ({
    page,
    emulator,
    receiver,
    signedIn: _,
  }) => {
    void emulator
    const endpoint = await createEndpoint(page, { webhookUrl: `${receiver.url}/ok/gone`, name: 'Delete me' })
    await page.goto(`/endpoints/${endpoint.id}`)
    await expect(page.getByRole('heading', { name: 'Delete me' })).toBeVisible()
    const reads: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'GET' && request.url().endsWith(`/webhook-endpoints/${endpoint.id}`))
        reads.push(request.url())
    })
    // Apart from Send test, in the danger zone at the bottom; still confirmed.
    await page.getByRole('region', { name: 'Danger zone' }).getByRole('button', { name: 'Delete' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Delete endpoint' }).click()
    await expect(page).toHaveURL(/\/endpoints$/)
    await page.waitForLoadState('networkidle')
    expect(reads).toEqual([]) // each would be a 404, and a call of the account's budget wasted
  })

  test('re-activate a suspended endpoint', async ({ page, emulator, receiver, signedIn: _ }) => {
    const endpoint = await createEndpoint(page, {
      webhookUrl: `${receiver.url}/switch/reactivate`,
      topics: ['calendar-event.created'],
      name: 'Flaky receiver',
    })
    // The receiver answers 410 Gone: Lucca suspends the endpoint at once.
    await receiver.setSwitch('reactivate', 410)
    await emulator.emitEvent({ topic: 'calendar-event.created', data: { id: '1', type: 'calendar-event' } })
    await expect.poll(() => endpointStatus(page, endpoint.id), { timeout: 15_000 }).toBe('suspended')

    await page.goto(`/endpoints/${endpoint.id}`)
    await expect(page.getByText('Suspended: nothing is being sent')).toBeVisible()
    await expect(
      page.getByText('Before sending anything, Lucca checks that your receiver answers at this address.'),
    ).toBeVisible()
    await page.locator('details', { hasText: 'echo=' }).first().locator('summary').click()
    // The banner names the actual last error, in plain words, once the history has read it.
    await expect(page.getByText(/^Your server answered 410 Gone on /)).toBeVisible({ timeout: 20_000 })
    await expect(page.getByText(/echo=/).first()).toBeVisible()

    await receiver.setSwitch('reactivate', 202) // the receiver is fixed
    await page.getByRole('button', { name: 'Re-activate' }).click()
    const dialog = page.getByRole('dialog', { name: /Activate/ })
    await dialog.getByRole('button', { name: 'Activate' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(page.getByText('Active: events are being sent')).toBeVisible()
    expect(await endpointStatus(page, endpoint.id)).toBe('active')
  })
})

test.describe('preferences', () => {
  test.use({ locale: 'en-US', colorScheme: 'light' })

  test('language and colour scheme can be switched from the keyboard, and are remembered', async ({
    page,
    emulator,
    signedIn: _,
  }) => {
    void emulator
    await page.goto('/endpoints')
    await expect(page.getByRole('heading', { name: 'Webhook endpoints', level: 1 })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light')

    await page.getByRole('radio', { name: 'EN' }).focus()
    await page.keyboard.press('ArrowRight') // a radio group: arrows move the choice
    await expect(
      page.getByRole('heading', { name: 'Points de terminaison des webhooks', level: 1 }),
    ).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')

    const toggle = page.getByRole('button', { name: 'Passer en mode sombre' })
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')

    await page.reload()
    await expect(
      page.getByRole('heading', { name: 'Points de terminaison des webhooks', level: 1 }),
    ).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  })
})

test.describe('a test sent from a list row', () => {
  test.use({ locale: 'en-US' })

  for (const width of [1280, 1440]) {
    test(`moves no column and cuts no label, at ${width} px`, async ({
      page,
      emulator,
      receiver,
      signedIn: _,
    }) => {
      void emulator
      await page.setViewportSize({ width, height: 900 })
      for (const name of ['Payroll exports', 'Badge printer', 'Org chart']) {
        await createEndpoint(page, {
          webhookUrl: `${receiver.url}/ok/a-rather-long-receiver-path/${name.replace(' ', '-').toLowerCase()}`,
          name,
        })
      }
      await page.goto('/endpoints')
      const table = page.getByRole('table')
      const columns = () =>
        table.locator('thead th').evaluateAll((cells) =>
          cells.map((cell) => {
            const box = cell.getBoundingClientRect()
            return [Math.round(box.left), Math.round(box.width)]
          }),
        )
      const cut = () =>
        table
          .locator('.mantine-Button-label, .mantine-Badge-label')
          .evaluateAll((labels) =>
            labels
              .filter((label) => label.scrollWidth > label.clientWidth + 1)
              .map((label) => label.textContent),
          )
      // Measured once the list and its health column have loaded.
      await expect(table.getByRole('row', { name: /Org chart/ })).toBeVisible()
      await expect(table.getByText('No recent deliveries')).toHaveCount(3)
      const before = await columns()
      expect(await cut()).toEqual([])

      const row = table.getByRole('row', { name: /Payroll exports/ })
      await row.getByRole('button', { name: 'Send test' }).click()
      await expect(row.getByText('Delivered', { exact: true })).toBeVisible()
      await expect(row.getByRole('link', { name: 'Details' })).toBeVisible()
      expect(await columns()).toEqual(before)
      expect(await cut()).toEqual([])
      // Once the test is delivered, the row's health counts it, without a reload.
      await expect(row.getByText('100 %')).toBeVisible()
      expect(await columns()).toEqual(before)
    })
  }
})

// A real Lucca account (the sandbox console of e2e/global-setup.ts, on the main emulator): the browser
// no longer reads addresses (ipaddr.js stays out of the SPA), so the proxy refuses a private one and the
// form shows its answer at the URL field, in the console's language, keeping what was typed.
test.describe('on a real Lucca account', () => {
  test.use({ locale: 'fr-FR', baseURL: E2E.sandboxConsoleUrl })

  test('une adresse de réseau privé est refusée par le proxy, expliquée sous le champ', async ({ page }) => {
    const signIn = await page.request.post(`${E2E.sandboxConsoleUrl}/api/session`, {
      data: E2E.admin,
      headers: { 'X-Console-Request': '1', Origin: E2E.sandboxConsoleUrl },
    })
    expect(signIn.status(), await signIn.text()).toBe(200)
    await page.goto('/endpoints/new')
    const url = page.getByRole('textbox', { name: 'URL du webhook' })
    await url.fill('https://192.168.1.20/paie')
    await page.getByRole('textbox', { name: /^Nom/ }).fill('Paie interne')
    await page.getByRole('checkbox', { name: /employee\.created/ }).click()
    const answer = page.waitForResponse(
      (response) => response.request().method() === 'POST' && response.url().endsWith('/webhook-endpoints'),
    )
    await page.getByRole('button', { name: 'Créer le point de terminaison' }).click()
    expect((await answer).status()).toBe(422) // the browser sent it: the proxy is the one refusing

    const message =
      '« 192.168.1.20 » est une adresse locale ou de réseau privé : les serveurs de Lucca ne peuvent pas la joindre. Utilisez une adresse accessible depuis Internet.'
    await expect(url).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    await expect(url).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByRole('alert').filter({ hasText: 'Corrigez les champs signalés' })).toBeVisible()
    await expect(url).toHaveValue('https://192.168.1.20/paie')
    await expect(page.getByRole('textbox', { name: /^Nom/ })).toHaveValue('Paie interne')
    await expect(page.getByText('1 type d’événement choisi')).toBeVisible()
  })
})
