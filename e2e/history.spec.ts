import { expect, test } from './fixtures.ts'

// The account-wide view the collector keeps (issue 14), on an account of its own: 60 endpoints made outside
// the console by the emulator's traffic generator, six of them failing, with six hours of past deliveries.

interface TrafficStats {
  profiles: Record<string, string[]>
}

test.describe('in English', () => {
  test.use({ locale: 'en-US' })

  test('60 endpoints: the 60th found from page 1, failing ones first, a total of 60', async ({
    page,
    request,
    stack,
    signedIn: _,
  }) => {
    const emulator = (path: string) => `${stack.emulatorUrl}/_emulator${path}`
    expect((await request.post(emulator('/reset'), { data: {} })).ok()).toBe(true)
    const started = await request.post(emulator('/traffic'), {
      data: { endpoints: 60, deliveriesPerDay: 2000, mix: { failing: 0.1 }, seed: 14, backfillHours: 6 },
    })
    expect(started.status(), await started.text()).toBe(201)
    const { profiles } = (await (await request.delete(emulator('/traffic'))).json()) as TrafficStats
    expect(profiles.failing).toHaveLength(6)

    await page.goto('/endpoints')
    // The collector reads the new endpoints on its next round; the list says how many there are.
    await expect(page.getByText('60 endpoints')).toBeVisible({ timeout: 30_000 })
    // Made by another tool: the console never saw their secret, and says so.
    await expect(page.getByText(/created outside this console/i).first()).toBeVisible()

    // The 60th, whatever page it would be on.
    await page.getByRole('textbox', { name: 'Search' }).fill('traffic-060')
    await expect(page).toHaveURL(/q=traffic-060/)
    await expect(page.getByText('1 of 60 matches')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Traffic 060' }).first()).toBeVisible()

    // Failing first: the default sort is by health; the six failing receivers lead.
    await page.getByRole('textbox', { name: 'Search' }).fill('')
    await expect(page).not.toHaveURL(/q=/)
    await expect(page.getByText(/failing/i).first()).toBeVisible({ timeout: 30_000 })
    const rows = page.getByRole('row').filter({ hasText: 'Traffic' })
    for (let index = 0; index < 6; index += 1)
      await expect(rows.nth(index)).toContainText('/hooks/failing', { timeout: 30_000 })
    await expect(rows.nth(6)).not.toContainText('/hooks/failing')
  })
})
