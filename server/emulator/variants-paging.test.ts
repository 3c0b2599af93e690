import { afterAll, expect, test } from 'vitest'
import { emulatorHarness } from '../../testing/emulator-harness.ts'

// The clock stays frozen, so nothing is ever sent: only the list of deliveries matters here.
const { emulator, call } = await emulatorHarness({ variants: 'lucca-samples', skipChallenge: true })
afterAll(() => emulator.close())

type Page = { items: { id: string }[]; links: { next: { href: string } | null } }
const created = await call('POST', '/lucca-api/webhook-endpoints', {
  body: { webhookUrl: 'https://hooks.example.com/paging', topics: ['leave.created'], status: 'active' },
})
const endpointId = (created.json as { id: string }).id
const list = `/lucca-api/webhook-deliveries?webhookEndpoint.id=${endpointId}`
const ids = async (url: string) => ((await call('GET', url)).json as Page).items.map((d) => d.id)
async function send(): Promise<string> {
  const sent = await call('POST', '/lucca-api/webhook-deliveries', {
    body: { webhookEndpoint: { id: endpointId } },
  })
  return (sent.json as { id: string }).id
}
const numeric = (id: string) => /^\d+$/.test(id)

test('ids of both forms page in creation order: each delivery once, even when one is added meanwhile', async () => {
  for (let i = 0; i < 3; i++) await send()
  await call('POST', '/_emulator/events', { body: { topic: 'leave.created', data: {} } })
  const expected = await ids(list)
  expect(expected.some(numeric) && !expected.every(numeric)).toBe(true)

  const seen: string[] = []
  let next: string | null = `${list}&limit=2&include=links`
  while (next) {
    const page = (await call('GET', next)).json as Page
    seen.push(...page.items.map((d) => d.id))
    // A delivery created between two pages comes last: it neither shifts nor repeats what was read.
    if (seen.length === 2) expected.push(await send())
    const href = page.links.next?.href
    next = href ? `${new URL(href).pathname}${new URL(href).search}` : null
  }
  expect(seen).toEqual(expected)

  const numbers = seen.filter(numeric).map(Number)
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
  expect(await ids(`${list}&sort=-id`)).toEqual([...seen].reverse())
})
