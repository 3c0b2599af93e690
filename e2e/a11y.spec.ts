import { E2E, createEndpoint, expect, expectAccessible, test } from './fixtures.ts'

// axe-core on every screen of the console, in light and dark: no serious or critical violation.

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme, locale: 'en-US' })

    test('the sign-in page', async ({ page }) => {
      await page.goto('/endpoints')
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible()
      await expectAccessible(page, 'sign-in')
    })

    test('the endpoint list, full and empty', async ({ page, emulator, signedIn: _ }) => {
      await emulator.reset({ seed: true })
      await page.goto('/endpoints')
      await expect(page.getByRole('row', { name: /Payroll sync/ })).toBeVisible()
      // Judged once the health column has loaded, in colour and words.
      await expect(page.getByText('Failing', { exact: true }).first()).toBeVisible()
      await expectAccessible(page, 'list')

      await page.getByRole('button', { name: 'More actions for Payroll sync' }).click()
      await expect(page.getByRole('menu')).toBeVisible()
      await expectAccessible(page, 'row menu')

      await emulator.reset({ seed: false })
      await page.goto('/endpoints')
      await expect(page.getByText('No webhook endpoints yet')).toBeVisible()
      await expectAccessible(page, 'empty list')
    })

    test('the audit trail lists the changes made through the console', async ({
      page,
      emulator,
      receiver,
      signedIn: _,
    }) => {
      void emulator
      const { id } = await createEndpoint(page, {
        webhookUrl: `${receiver.url}/ok/audited`,
        topics: ['leave.created'],
      })
      await page.goto('/endpoints')
      await page.getByRole('navigation').getByRole('link', { name: 'Audit trail' }).click()
      const entry = page.getByRole('row', {
        name: new RegExp(`created the endpoint ${id}\\b`),
      })
      await expect(entry.first()).toBeVisible()
      await expect(entry.first().getByText('Done (201)')).toBeVisible()
      await page.mouse.move(600, 10) // off the nav link just clicked: axe judges the resting page
      await expectAccessible(page, 'audit trail')
    })

    test('the create form, its errors and the secret modal', async ({
      page,
      emulator,
      receiver,
      signedIn: _,
    }) => {
      void emulator
      await page.goto('/endpoints/new')
      await page.getByRole('button', { name: 'Create endpoint' }).click()
      await expect(page.getByText('Choose at least one topic.')).toBeVisible()
      await expectAccessible(page, 'create form with errors')

      await page.getByRole('textbox', { name: 'Webhook URL' }).fill(`${receiver.url}/ok/a11y`)
      const topics = page.getByRole('group', { name: 'Topics' })
      await topics.getByRole('textbox', { name: /Filter topics/ }).fill('leave')
      await expect(topics.getByRole('checkbox', { name: /employee\.created/ })).toHaveCount(0)
      await topics.getByRole('checkbox', { name: /leave\.created/ }).check()
      await expect(topics.getByRole('checkbox', { name: 'Leave: all changes' })).toHaveJSProperty(
        'indeterminate',
        true,
      )
      await expectAccessible(page, 'topic picker filtered, one topic ticked')
      await page.getByRole('button', { name: 'Create endpoint' }).click()
      await expect(page.getByRole('dialog', { name: 'Save the signing secret' })).toBeVisible()
      await expectAccessible(page, 'secret modal')
    })

    test('the endpoint detail, active and suspended, and its dialogs', async ({
      page,
      emulator,
      signedIn: _,
    }) => {
      await emulator.reset({ seed: true })
      await page.goto('/endpoints')
      await page
        .getByRole('row', { name: /Payroll sync/ })
        .getByRole('link')
        .click()
      await expect(page.getByRole('heading', { name: 'Payroll sync' })).toBeVisible()
      await expectAccessible(page, 'detail (active)')
      await page.getByRole('button', { name: 'Edit URL and topics' }).click()
      await expectAccessible(page, 'detail (editing)')
      await page.getByRole('button', { name: 'Cancel' }).click()
      await expect(page.getByRole('region', { name: 'Details' })).toBeVisible()
      await page.getByRole('button', { name: 'Delete' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectAccessible(page, 'delete dialog')
      await page.getByRole('button', { name: 'Cancel' }).click()

      await page.goto('/endpoints')
      await page
        .getByRole('row', { name: /Legacy intranet/ })
        .getByRole('link')
        .click()
      await expect(page.getByText('Suspended: nothing is being sent')).toBeVisible()
      await expect(page.getByText(/^Your server answered 404 Not Found on /)).toBeVisible()
      await expectAccessible(page, 'detail (suspended)')
      await page.getByRole('button', { name: 'Re-activate' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectAccessible(page, 're-activate dialog')
    })

    test('the users page, its menu, a confirmation and the one-time password', async ({
      page,
      signedIn: _,
    }) => {
      await page.goto('/users')
      const me = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^admin/ }) })
      await expect(me.getByText('This browser')).toBeVisible()
      await expectAccessible(page, 'users')
      await me.getByRole('button', { name: 'Actions for admin' }).click()
      await expect(page.getByRole('menu')).toBeVisible()
      await expectAccessible(page, 'user menu')
      await page.getByRole('menuitem', { name: 'End all sessions' }).click()
      await expect(page.getByRole('dialog', { name: 'End all sessions of admin?' })).toBeVisible()
      await expectAccessible(page, 'end sessions dialog')
      await page.getByRole('button', { name: 'Cancel' }).click()

      await page.getByRole('button', { name: 'Add a user' }).click()
      const form = page.getByRole('dialog', { name: 'Add a user' })
      await form.getByRole('textbox', { name: 'User name' }).fill('not valid!')
      await form.getByRole('button', { name: 'Add user' }).click()
      await expect(form.getByText(/Use only letters without accents/)).toBeVisible()
      await expectAccessible(page, 'add user form with an error')
      await form
        .getByRole('textbox', { name: 'User name' })
        .fill(`a11y-${colorScheme}-${Date.now().toString(36)}`)
      await form.getByRole('button', { name: 'Add user' }).click()
      await expect(page.getByRole('dialog', { name: /^Password of a11y-/ })).toBeVisible()
      await expectAccessible(page, 'one-time password')
    })

    test('an unknown page', async ({ page, signedIn: _ }) => {
      await page.goto(`${E2E.consoleUrl}/no-such-page`)
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
      await expectAccessible(page, 'not found')
    })
  })
}
