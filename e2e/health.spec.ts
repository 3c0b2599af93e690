import { createEndpoint, expect, expectAccessible, test } from './fixtures.ts'

// The health charts (issue 15): a test delivered just now shows in the account's charts, as a figure and
// as a bar that leads to the delivery log of its hour.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

test.use({ locale: 'en-US' })

test('a delivery just made shows in the Health charts; its bar opens the log of that hour', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  void emulator
  const name = `e2e health ${unique()}`
  const endpoint = await createEndpoint(page, { webhookUrl: `${receiver.url}/ok/${unique()}`, name })
  await page.goto(`/endpoints/${endpoint.id}/deliveries`)
  await page.getByRole('button', { name: 'Send test delivery' }).first().click()
  await expect(page.getByRole('status').filter({ hasText: 'Delivered on attempt 1.' })).toBeVisible()
  // In the history once the collector has read it back.
  await expect
    .poll(
      async () => {
        const answer = await page.request.get(`/api/history/stats?range=24h&endpoint=${endpoint.id}`)
        const stats = (await answer.json()) as { buckets: { delivered: number }[] }
        return stats.buckets.reduce((total, bucket) => total + bucket.delivered, 0)
      },
      { timeout: 30_000 },
    )
    .toBe(1)

  await page.goto('/')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Health' }).click()
  await expect(page).toHaveURL(/\/health$/)
  await page.getByText('24 hours', { exact: true }).click() // the radio itself is hidden under its label
  await expect(page).toHaveURL(/range=24h/)
  const deliveries = page.getByRole('region', { name: 'Deliveries' })
  await expect(deliveries.getByText(/How many messages reached the receiver/)).toBeVisible()
  for (const title of ['Success rate', 'Receiver answers', 'Time to delivery'])
    await expect(page.getByRole('region', { name: title })).toBeVisible()

  await deliveries.getByRole('button', { name: 'Show as table' }).click()
  const rows = deliveries.getByRole('table', { name: 'Deliveries' }).getByRole('row')
  await expect(rows).toHaveCount(25) // a header and 24 hours
  // The last hour, now's: at least the test just delivered (the account's other tests may add some).
  const delivered = Number(await rows.last().getByRole('cell').first().textContent())
  expect(delivered).toBeGreaterThanOrEqual(1)
  await expectAccessible(page, 'health charts')
  // At 390 px in dark mode: one chart a row, nothing scrolls sideways, still readable.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await expectAccessible(page, 'health charts, dark, 390 px')
  await page.setViewportSize({ width: 1280, height: 720 })

  // Hovering the green bar (delivered) of now's hour names its figures; clicking it opens the log of that
  // hour, delivered ones.
  const bar = deliveries.locator('.recharts-bar-rectangle path[fill*="teal"]').last()
  await bar.hover()
  await expect(page.getByText('Click to see these deliveries')).toBeVisible()
  await bar.click()
  await expect(page).toHaveURL(/\/deliveries\?status=delivered&from=[^&]+&to=[^&]+$/)
  const url = new URL(page.url())
  const hour = 3_600_000
  expect(Date.parse(url.searchParams.get('to') ?? '') - Date.parse(url.searchParams.get('from') ?? '')).toBe(
    hour,
  )
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible()
})
