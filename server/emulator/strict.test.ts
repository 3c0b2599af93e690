import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { parse } from 'yaml'
import { emulatorHarness } from '../../testing/emulator-harness.ts'
import { startReceiver } from '../receiver/start.ts'
import { documentedQuery } from './http/documented-query.ts'
import { compareIds } from './store/table.ts'

interface Parameter {
  name: string
  in: string
  'x-emulator-only'?: boolean
  $ref?: string
}
type Spec = {
  paths: Record<string, Record<string, { parameters?: Parameter[] } | Parameter[]>>
  components: { parameters: Record<string, Parameter> }
}

const spec = parse(readFileSync(join(import.meta.dirname, '../../contract/openapi.yaml'), 'utf8')) as Spec
const resolve = (p: Parameter) => (p.$ref ? spec.components.parameters[p.$ref.split('/').at(-1) ?? ''] : p)

/** Every operation's query parameters in contract/openapi.yaml, by `METHOD path`. */
function queryParameters(): Map<string, Parameter[]> {
  const operations = new Map<string, Parameter[]>()
  for (const [path, item] of Object.entries(spec.paths)) {
    if (!path.startsWith('/lucca-api/')) continue
    const shared = Array.isArray(item.parameters) ? item.parameters : []
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters' || Array.isArray(operation)) continue
      const all = [...shared, ...(operation.parameters ?? [])].flatMap((p) => resolve(p) ?? [])
      operations.set(
        `${method.toUpperCase()} ${path}`,
        all.filter((p) => p.in === 'query'),
      )
    }
  }
  return operations
}

test("strict mode's table is openapi.yaml's query parameters without the x-emulator-only ones", () => {
  const fromSpec = Object.fromEntries(
    [...queryParameters()].map(([operation, parameters]) => [
      operation,
      parameters
        .filter((p) => !p['x-emulator-only'])
        .map((p) => p.name)
        .sort(),
    ]),
  )
  const table = Object.fromEntries(
    Object.entries(documentedQuery).map(([operation, names]) => [operation, [...names].sort()]),
  )
  expect(table).toEqual(fromSpec)
})

const receiver = await startReceiver()
const { emulator, call } = await emulatorHarness({
  strict: true,
  trustedCa: [receiver.ca],
  skipChallenge: true,
})
const samples = await emulatorHarness({ strict: true, variants: 'lucca-samples', skipChallenge: true })
afterAll(async () => {
  await emulator.close()
  await samples.emulator.close()
  await receiver.close()
})

type Collection = { items: { id: string }[]; links?: { next: { href: string } | null } }
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const ids = (res: { json: unknown }) => (res.json as Collection).items.map((item) => item.id)
const byId = (list: string[]) => [...list].sort(compareIds)
const sample: Record<string, string> = { sort: 'id', status: 'delivered' }

const created = await call('POST', '/lucca-api/webhook-endpoints', {
  body: { webhookUrl: `${receiver.url}/ok/strict`, topics: ['employee.created'], status: 'active' },
})
const endpointId = (created.json as { id: string }).id
const sendTest = async () =>
  (
    (await call('POST', '/lucca-api/webhook-deliveries', { body: { webhookEndpoint: { id: endpointId } } }))
      .json as { id: string }
  ).id

test('every x-emulator-only query parameter of openapi.yaml is a 400 naming it', async () => {
  const marked = [...queryParameters()].flatMap(([operation, parameters]) =>
    parameters
      .filter((p) => p['x-emulator-only'] && p.name !== 'limit' && p.name !== 'page')
      .map((p) => [operation, p.name] as const),
  )
  expect(marked.length).toBeGreaterThanOrEqual(7)
  for (const [operation, name] of marked) {
    const [method = '', path = ''] = operation.split(' ')
    expect(path).not.toContain('{')
    const res = await call(method, `${path}?${name}=${sample[name] ?? '1'}`)
    expect(res.status, `${operation} ?${name}`).toBe(400)
    expect(res.json).toMatchObject({ errors: { [name]: [expect.any(String)] } })
  }
})

test('undocumented parameters are refused everywhere; the documented ones still work', async () => {
  const unknown = await call('GET', `/lucca-api/webhook-endpoints/${endpointId}?expand=all&include=links`)
  expect(unknown.status).toBe(400)
  expect(Object.keys((unknown.json as { errors: object }).errors)).toEqual(['expand'])
  const list = '/lucca-api/webhook-endpoints?status=active,suspended&application.id=console-dev&limit=5'
  expect((await call('GET', `${list}&include=links,totalCount`)).status).toBe(200)
  const ping = await call(
    'POST',
    `/lucca-api/webhook-deliveries?webhookEndpoint.id=${endpointId}&event.topic=ping`,
  )
  expect(ping.status).toBe(202)
  expect((await call('GET', '/lucca-api/events?status=scheduled&limit=1')).status).toBe(200)
  const deliveryId = (ping.json as { id: string }).id
  const attempts = '/lucca-api/webhook-delivery-attempts?webhookDelivery.id='
  expect((await call('GET', `${attempts}${deliveryId}`)).status).toBe(200)
  const two = await call('GET', `${attempts}${deliveryId},${deliveryId}`)
  expect(two.status).toBe(400)
  expect(two.json).toMatchObject({ errors: { 'webhookDelivery.id': [expect.any(String)] } })
})

test('page takes only the cursors of links: no page number, no cursor made elsewhere', async () => {
  await sendTest()
  const list = '/lucca-api/webhook-deliveries?limit=1'
  expect((await call('GET', `${list}&page=2`)).status).toBe(400)
  const first = (await call('GET', `${list}&include=links`)).json as Collection
  const next = new URL(first.links?.next?.href ?? '')
  const cursor = next.searchParams.get('page') ?? ''
  expect((await call('GET', `${next.pathname}${next.search}`)).status).toBe(200)
  // The default emulator's cursor for the same query: {o, q} without this emulator's seal.
  const { o, q } = JSON.parse(Buffer.from(cursor.slice(1), 'base64url').toString()) as {
    o: number
    q: string
  }
  const forged = `!${Buffer.from(JSON.stringify({ o, q })).toString('base64url')}`
  const refused = await call('GET', `${list}&page=${encodeURIComponent(forged)}`)
  expect(refused.status).toBe(400)
  expect(refused.json).toMatchObject({ errors: { page: [expect.any(String)] } })
})

test('lists are sorted by id: a new delivery (a UUID) lands among the older ones, not last', async () => {
  const list = '/lucca-api/webhook-deliveries?limit=100'
  let landedBefore: string | undefined
  for (let i = 0; i < 30 && !landedBefore; i++) {
    const id = await sendTest()
    const listed = ids(await call('GET', list))
    expect(listed).toEqual(byId(listed))
    if (listed.at(-1) !== id) landedBefore = id
  }
  expect(landedBefore).toMatch(uuid)

  await emulator.clock.advance(1000)
  await emulator.idle()
  const attempts = ids(await call('GET', '/lucca-api/webhook-delivery-attempts?limit=100'))
  expect(attempts.length).toBeGreaterThan(1)
  expect(attempts.every((id) => uuid.test(id))).toBe(true)
  expect(attempts).toEqual(byId(attempts))
  expect(ids(await call('GET', '/lucca-api/webhook-endpoints'))).toEqual([endpointId])
  const events = ids(await call('GET', '/lucca-api/events?limit=100'))
  expect(events.every((id) => /^\d+$/.test(id))).toBe(true)
  expect(events).toEqual(byId(events))
})

test("with lucca-samples, the samples' numeric delivery ids sort first, by value, then the UUIDs", async () => {
  const endpoint = await samples.call('POST', '/lucca-api/webhook-endpoints', {
    body: { webhookUrl: 'https://hooks.example.com/strict', topics: ['leave.created'], status: 'active' },
  })
  const id = (endpoint.json as { id: string }).id
  for (let i = 0; i < 12; i++)
    await samples.call('POST', '/lucca-api/webhook-deliveries', { body: { webhookEndpoint: { id } } })
  const listed = ids(await samples.call('GET', '/lucca-api/webhook-deliveries?limit=100'))
  const numbers = listed.filter((d) => /^\d+$/.test(d))
  expect(numbers).toEqual(['1', '3', '5', '7', '9', '11'])
  expect(listed).toEqual([...numbers, ...byId(listed.filter((d) => uuid.test(d)))])
})
