import { Agent, request } from 'undici'
import { afterAll, expect, test } from 'vitest'
import { startReceiver } from '../receiver/start.ts'
import { verifyLuccaSignature } from '../receiver/verify-signature.ts'
import { emulatorHarness } from '../../testing/emulator-harness.ts'

// EMULATOR_VARIANTS=lucca-samples. Every answer passes the contract check inside `call` (harness.ts).
const receiver = await startReceiver()
const agent = new Agent({ connect: { ca: receiver.ca } })
const { emulator, call } = await emulatorHarness({ trustedCa: [receiver.ca], variants: 'lucca-samples' })
afterAll(async () => {
  await emulator.close()
  await agent.close()
  await receiver.close()
})

type Endpoint = { id: string; url: string; secret: string; apiVersion: string }
type Delivery = {
  id: string
  status: string
  attemptsCount: number
  nextAttemptAt: string | null
  webhookEndpoint: { id: string; url: string }
  event: { id: string }
  embedded?: { event: Record<string, { apiVersion: string }> }
}
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const advance = async (ms: number) => {
  await emulator.clock.advance(ms)
  await emulator.idle()
}

const created = await call('POST', '/lucca-api/webhook-endpoints', {
  body: { webhookUrl: `${receiver.url}/switch/samples`, topics: ['employee.updated'], status: 'active' },
})
const endpoint = created.json as Endpoint
const path = new URL(endpoint.url).pathname

test('an endpoint is served at its url only, and takes back the unquoted ETag it gave', async () => {
  expect(created.status).toBe(201)
  expect(path).toMatch(/^\/lucca-api\/webhook-endpoints\/[0-9A-Z]{18}$/)
  expect(path.endsWith(`/${endpoint.id}`)).toBe(false)
  expect(created.headers.location).toBe(endpoint.url)
  expect(created.headers.etag).toMatch(/^W\/[0-9a-f]{16}$/)
  expect(endpoint.apiVersion).toBe('2024-01-01')

  const read = await call('GET', path)
  const etag = String(read.headers.etag)
  expect(etag).toMatch(/^W\/[0-9a-f]{16}$/)
  expect((await call('GET', path, { headers: { 'if-none-match': etag } })).status).toBe(304)
  const requoted = `W/"${etag.slice(2)}"`
  expect((await call('GET', path, { headers: { 'if-none-match': requoted } })).status).toBe(304)

  const renamed = await call('PATCH', path, { body: { name: 'Samples' }, headers: { 'if-match': etag } })
  expect(renamed.status).toBe(200)
  const stale = await call('PATCH', path, { body: { name: 'Lost' }, headers: { 'if-match': etag } })
  expect(stale.status).toBe(412)
  expect(stale.headers.etag).toBe(renamed.headers.etag)

  const byId = `/lucca-api/webhook-endpoints/${endpoint.id}`
  for (const method of ['GET', 'PATCH', 'DELETE']) {
    const body = method === 'PATCH' ? { body: { name: 'x' } } : {}
    expect((await call(method, byId, body)).status, method).toBe(404)
  }
})

test('deliveries: both id forms, 201, a stale nextAttemptAt, opaque attempt signatures, apiVersion 2024-01-01', async () => {
  await setSwitch('samples', 500)
  const sent = await call('POST', '/lucca-api/webhook-deliveries', {
    body: { webhookEndpoint: { id: endpoint.id } },
  })
  expect(sent.status).toBe(201)
  const emitted = await call('POST', '/_emulator/events', { body: { topic: 'employee.updated', data: {} } })
  const { eventIds } = emitted.json as { eventIds: string[] }
  const versions = await Promise.all(
    eventIds.map(async (id) => ((await call('GET', `/lucca-api/events/${id}`)).json as Endpoint).apiVersion),
  )
  expect(versions).toEqual(['2024-01-01', '2024-11-01'])
  await advance(300)
  await setSwitch('samples', 202)
  await advance(60_000)

  const list = await call('GET', `/lucca-api/webhook-deliveries?webhookEndpoint.id=${endpoint.id}`)
  const deliveries = (list.json as { items: Delivery[] }).items
  expect(deliveries.map((d) => d.id)).toEqual([(sent.json as Delivery).id, expect.stringMatching(uuid)])
  expect(deliveries[0]?.id).toMatch(/^\d+$/)
  for (const d of deliveries) {
    expect(d).toMatchObject({ status: 'delivered', attemptsCount: 2, webhookEndpoint: { url: endpoint.url } })
    expect(d.nextAttemptAt).not.toBeNull()
    const one = await call('GET', `/lucca-api/webhook-deliveries/${d.id}?include=embedded`)
    expect((one.json as Delivery).embedded?.event[d.event.id]?.apiVersion).toBe('2024-01-01')
    const attempts = await call('GET', `/lucca-api/webhook-delivery-attempts?webhookDelivery.id=${d.id}`)
    for (const attempt of (attempts.json as { items: { signature: string }[] }).items) {
      expect(attempt.signature).toMatch(/^[0-9A-F]{108}$/)
    }
  }

  const posts = receiver.requests().filter((r) => r.path === '/switch/samples' && r.method === 'POST')
  expect(posts).toHaveLength(4)
  for (const post of posts) {
    expect(JSON.parse(post.body)).toMatchObject({ apiVersion: '2024-01-01' })
    const { 'lucca-timestamp': timestamp, 'lucca-signature': signature } = post.headers
    expect(verifyLuccaSignature(endpoint.secret, timestamp, signature, post.body, emulator.clock.now())).toBe(
      true,
    )
  }
})

test('an endpoint is deleted at its url, and the demo account shows the same variants', async () => {
  const etag = String((await call('GET', path)).headers.etag)
  expect((await call('DELETE', path, { headers: { 'if-match': etag } })).status).toBe(204)
  expect((await call('GET', path)).status).toBe(404)

  await call('POST', '/_emulator/reset', { body: { seed: true } })
  const seeded = await call('GET', '/lucca-api/webhook-deliveries?include=embedded,links')
  const items = (seeded.json as { items: Delivery[] }).items
  expect(items.some((d) => uuid.test(d.id)) && items.some((d) => /^\d+$/.test(d.id))).toBe(true)
  // Payroll's employee.updated was answered 503, then 202.
  expect(items.some((d) => d.status === 'delivered' && d.attemptsCount === 2 && d.nextAttemptAt)).toBe(true)
  for (const d of items) expect((await call('GET', new URL(d.webhookEndpoint.url).pathname)).status).toBe(200)
  await call('GET', '/lucca-api/webhook-delivery-attempts?include=embedded,links')
  await call('GET', '/lucca-api/events?include=links')
})

async function setSwitch(name: string, status: number) {
  const res = await request(`${receiver.url}/_receiver/switch/${name}`, {
    method: 'PUT',
    body: JSON.stringify({ status }),
    dispatcher: agent,
  })
  await res.body.text()
  expect(res.statusCode).toBe(200)
}
