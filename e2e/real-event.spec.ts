import { createEndpoint, expect, expectAccessible, test } from './fixtures.ts'

// Issue 16, "test with a topic": an admin sends a recent real event of one of the endpoint's topics to it
// again. The event is found in the console's history (no Lucca call), the dialog warns that it carries
// personal data, and the trail records it as a real event sent again, with its id and topic.

test.use({ locale: 'en-US' })

test('an admin sends a recent real event to an endpoint; it is delivered and audited with its topic', async ({
  page,
  emulator,
  receiver,
  signedIn: _,
}) => {
  const posts = async () => (await receiver.requests(path)).filter((request) => request.method === 'POST')
  const tag = Date.now().toString(36)
  const path = `/ok/real-event-${tag}`
  const name = `Real event ${tag}`
  const endpoint = await createEndpoint(page, { webhookUrl: `${receiver.url}${path}`, name })
  const record = `77${Date.now() % 100000}`
  await emulator.emitEvent({ topic: 'employee.created', data: { id: record, firstName: 'Camille' } })
  await expect.poll(async () => (await posts()).length, { timeout: 10_000 }).toBe(1)

  // The collector brings the delivery into the console's history within a second or so.
  await expect
    .poll(async () => {
      const log = await page.request.get(`/api/history/deliveries?resource=${record}`)
      return ((await log.json()) as { items: unknown[] }).items.length
    })
    .toBe(1)
  await page.goto(`/endpoints/${endpoint.id}`)
  await page.getByRole('button', { name: 'Send a real event' }).click()
  const dialog = page.getByRole('dialog', { name: 'Send a recent real event' })
  await expect(dialog.getByText(/personal data it carries .* to 127\.0\.0\.1:\d+\./)).toBeVisible()
  await expect(dialog.getByRole('combobox', { name: 'Topic' })).toHaveValue('employee.created')
  const choice = dialog.getByRole('radio', { name: new RegExp(`record ${record}`) })
  await expect(choice).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Send this real event' })).toBeDisabled()
  await choice.check()
  await expectAccessible(page, 'real event dialog')
  await dialog.getByRole('button', { name: 'Send this real event' }).click()

  await expect(page).toHaveURL(/\/deliveries\/[^/]+$/)
  await expect(page.getByRole('status').filter({ hasText: 'Delivered on attempt 1.' })).toBeVisible()
  await expect.poll(async () => (await posts()).length, { timeout: 10_000 }).toBe(2)
  const [first, again] = await posts()
  expect(first?.body).toContain(record)
  expect(again?.body).toContain(record)

  const trail = (await (await page.request.get('/api/audit?action=delivery.redeliver&limit=5')).json()) as {
    items: { target: string; targetLabel: string | null }[]
  }
  const entry = trail.items.find((item) => item.target.endsWith(`-> webhook-endpoints/${endpoint.id}`))
  expect(entry?.target).toMatch(
    new RegExp(`^events/\\S+ \\(employee\\.created\\) -> webhook-endpoints/${endpoint.id}$`),
  )
  expect(entry?.targetLabel).toBe(name)
  await page.goto('/audit?action=delivery.redeliver')
  await expect(page.getByRole('row', { name: new RegExp(`${name}`) }).first()).toBeVisible()
})
