import { expect, expectAccessible, test } from './fixtures.ts'

// Issue 16, the topic catalog: an admin who is choosing topics finds out, in plain words, what makes each
// one fire, the events that come with it, and which personal data leaves Lucca with it; the example payload
// is a click away, for their integrator.

test.describe('in English', () => {
  test.use({ locale: 'en-US' })

  test('from the create form to a topic: what fires it, its chain, its personal data, its example', async ({
    page,
    context,
    signedIn: _,
  }) => {
    await page.goto('/endpoints/new')
    const picker = page.getByRole('group', { name: 'Topics' })
    // The catalog opens in a new tab, so the form and what was typed in it stay as they are.
    await page.getByLabel('Webhook URL').fill('https://hr.example/kept')
    const [catalog] = await Promise.all([
      context.waitForEvent('page'),
      picker.getByRole('link', { name: /What each one means and contains/ }).click(),
    ])
    await expect(page.getByLabel('Webhook URL')).toHaveValue('https://hr.example/kept')

    await expect(catalog.getByRole('heading', { level: 1, name: 'Topics' })).toBeVisible()
    await expect(catalog.getByRole('heading', { name: 'One change, several events' })).toBeVisible()
    const decisions = catalog.getByRole('region', { name: 'Leave request decision' })
    await expect(decisions.getByText('Personal data')).toBeVisible()
    await expectAccessible(catalog, 'topic catalog')
    await decisions.getByRole('link', { name: 'A manager approves or refuses a leave request.' }).click()

    await expect(catalog).toHaveURL(/\/topics\/leave-request-decision\.created$/)
    await expect(catalog.getByText('A manager approves or refuses a leave request.')).toBeVisible()
    // The chain: this topic is the current step, the two that follow are links to their own entries.
    const chain = catalog.locator('ol')
    await expect(chain.locator('[aria-current="page"]')).toHaveText('Leave request decision: created')
    await expect(chain.getByRole('listitem')).toHaveCount(3)
    await expect(chain.getByRole('link')).toHaveCount(2)
    await expect(
      catalog.getByText(/^2 fields hold personal data: they leave Lucca with each event/),
    ).toBeVisible()
    // The example is for the integrator: behind the disclosure, then shown on a click.
    const example = catalog.locator('details', { hasText: 'For your developer' })
    await expect(example.getByRole('heading', { name: 'Example (fake people)' })).toBeHidden()
    await example.getByText('For your developer').click()
    await expect(example.getByRole('heading', { name: 'Example (fake people)' })).toBeVisible()
    await expect(example.getByText('"leave-request-decision.created"').first()).toBeVisible()
    await expectAccessible(catalog, 'topic entry')

    // Following the chain leads to the next event's entry.
    await chain.getByRole('link').first().click()
    await expect(catalog).toHaveURL(/\/topics\/leave-request\.updated$/)
    await expect(catalog.locator('ol [aria-current="page"]')).toHaveText('Leave request: changed')
  })

  test('an unknown topic says so, rather than a blank page', async ({ page, signedIn: _ }) => {
    await page.goto('/topics/no-such.topic')
    await expect(page.getByText('This console does not know this topic.')).toBeVisible()
  })
})

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' })

  test('le catalogue parle français, données personnelles comprises', async ({ page, signedIn: _ }) => {
    await page.goto('/topics/leave-request-decision.created')
    await expect(page.getByText('Un responsable approuve ou refuse une demande d’absence.')).toBeVisible()
    await expect(page.getByText(/^2 champs contiennent des données personnelles/)).toBeVisible()
    await page.getByRole('link', { name: 'Types d’événements' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Types d’événements' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Un changement, plusieurs événements' })).toBeVisible()
  })
})
