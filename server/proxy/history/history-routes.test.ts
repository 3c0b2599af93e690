import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod/mini'
import {
  DeliveriesPageSchema,
  DeliveryRowSchema,
  endpointSorts,
  endpointStatuses,
  EndpointsPageSchema,
  EndpointSummarySchema,
  HistoryStatusSchema,
} from '../../../contract/console-history-api.ts'
import { StatsSchema } from '../../../contract/console-history-stats-api.ts'
import { seedAttempt, seedDelivery, seedEndpoint } from '../../../testing/history-seed.ts'
import { startStack, type InProcessStack } from '../../../testing/stack.ts'

let stack: InProcessStack
let admin = ''
let viewer = ''
const ACCOUNT = 'emulator' // the embedded default's account id
const db = () => stack.console.database
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000)

beforeAll(async () => {
  stack = await startStack({ console: { run: 'in-process' } })
  admin = await stack.signIn()
  const made = await stack.call('/api/users', {
    method: 'POST',
    cookie: admin,
    body: { username: 'vera', role: 'viewer' },
  })
  const { password } = made.json() as { password: string }
  viewer = await stack.signIn('vera', password)
  // 60 endpoints, the 60th the newest; a failing one and a degraded one among them.
  for (let n = 1; n <= 60; n += 1) {
    await seedEndpoint(db(), ACCOUNT, {
      id: `ep-${n}`,
      name: n === 7 ? '=HYPERLINK("https://evil.example")' : `Endpoint ${n}`,
      webhookUrl: n === 60 ? 'https://hooks.example.com/the-sixtieth' : `https://hooks.example.com/${n}`,
      createdAt: new Date(Date.UTC(2026, 0, n)),
    })
  }
  await seedDelivery(db(), ACCOUNT, { id: 'ok-1', endpointId: 'ep-3', createdAt: minutesAgo(30) })
  const failed = await seedDelivery(db(), ACCOUNT, {
    id: 'failed-1',
    endpointId: 'ep-7',
    status: 'failed',
    attemptsCount: 2,
    createdAt: minutesAgo(20),
    lastAttemptAt: minutesAgo(10),
    lastStatusCode: 500,
    resourceId: '+416',
  })
  await seedAttempt(db(), ACCOUNT, {
    deliveryId: failed.id,
    createdAt: minutesAgo(10),
    isSuccessful: false,
    statusCode: 500,
  })
  await seedAttempt(db(), ACCOUNT, {
    deliveryId: failed.id,
    createdAt: minutesAgo(20),
    isSuccessful: false,
    statusCode: 502,
  })
  await db()
    .insertInto('lucca_events')
    .values({
      account_id: ACCOUNT,
      id: failed.event_id,
      topic: 'employee.created',
      occurred_at: minutesAgo(20),
      resource_id: '+416',
      raw: JSON.stringify({ id: failed.event_id, topic: 'employee.created' }),
    })
    .execute()
})
afterAll(() => stack?.close())

test('the endpoints list is account-wide: the 60th found by its URL from page 1, failing first, 60 in all', async () => {
  const list = async (query: string, cookie = viewer) => {
    const answer = await stack.call(`/api/history/endpoints${query}`, { cookie })
    expect(answer.status, answer.text).toBe(200)
    return EndpointsPageSchema.parse(answer.json())
  }
  const first = await list('')
  expect(first.total).toBe(60)
  expect(first.items.map((item) => item.id).slice(0, 2)).toEqual(['ep-7', 'ep-3'])
  expect(first.items[0]?.health).toMatchObject({ state: 'failing', lastFailureCode: 500 })
  const found = await list('?q=the-sixtieth&sort=name&page=1&pageSize=25&status=&health=')
  expect(found.items.map((item) => item.id)).toEqual(['ep-60'])
  expect(found.total).toBe(1)
  expect((await list('?health=failing,degraded')).total).toBe(1)
  expect((await list('?sort=-created&pageSize=1', admin)).items[0]?.id).toBe('ep-60')
  for (const sort of endpointSorts) expect((await list(`?sort=${sort}`)).total, sort).toBe(60)
  expect((await list(`?status=${endpointStatuses.join(',')}`)).total).toBe(60)
  for (const bad of ['?sort=random', '?status=asleep', '?pageSize=1000', '?page=0'])
    expect((await stack.call(`/api/history/endpoints${bad}`, { cookie: viewer })).status, bad).toBe(400)
  expect((await stack.call('/api/history/endpoints', { cookie: null })).status).toBe(401)
})

test('the delivery log pages by cursor; its exports have the same filters and defuse formulas', async () => {
  const page = DeliveriesPageSchema.parse(
    (await stack.call('/api/history/deliveries?limit=1', { cookie: viewer })).json(),
  )
  expect(page.items.map((item) => item.id)).toEqual(['failed-1'])
  expect(page.items[0]).toMatchObject({
    endpointName: '=HYPERLINK("https://evil.example")',
    lastStatusCode: 500,
  })
  const next = DeliveriesPageSchema.parse(
    (await stack.call(`/api/history/deliveries?limit=1&cursor=${page.next}`, { cookie: viewer })).json(),
  )
  expect([next.items.map((item) => item.id), next.next]).toEqual([['ok-1'], null])
  expect((await stack.call('/api/history/deliveries?cursor=garbage', { cookie: viewer })).status).toBe(400)
  expect((await stack.call('/api/history/deliveries?code=99', { cookie: viewer })).status).toBe(400)

  const csv = await stack.call('/api/history/deliveries.csv?status=failed', { cookie: viewer })
  expect(csv.status).toBe(200)
  expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
  expect(csv.headers.get('content-disposition')).toMatch(
    /^attachment; filename="console-deliveries-\d{4}-\d{2}-\d{2}\.csv"$/,
  )
  expect(csv.headers.get('x-export-capped')).toBe('false')
  const lines = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n')
  expect(lines).toHaveLength(2) // the header, and the one failed delivery
  expect(lines[0]).toMatch(/^id,createdAt,status,/)
  expect(lines[1]).toContain(`"'=HYPERLINK(""https://evil.example"")"`)
  expect(lines[1]).toContain(",'+416,")

  const json = await stack.call('/api/history/deliveries.json?endpoint=ep-3', { cookie: viewer })
  expect(json.headers.get('content-disposition')).toMatch(/filename="console-deliveries-[\d-]+\.json"/)
  expect(
    z
      .array(DeliveryRowSchema)
      .parse(json.json())
      .map((row) => row.id),
  ).toEqual(['ok-1'])
  expect((await stack.call('/api/history/deliveries.json?status=nope', { cookie: viewer })).status).toBe(400)
  expect((await stack.call('/api/history/deliveries.csv', { cookie: null })).status).toBe(401)
})

test('a delivery’s detail: Lucca’s delivery, its attempts oldest first, its event and endpoint; else 404', async () => {
  const answer = await stack.call('/api/history/deliveries/failed-1', { cookie: viewer })
  expect(answer.status).toBe(200)
  const detail = answer.json() as {
    delivery: { id: string; status: string }
    attempts: { responseStatusCode: number }[]
    event: { topic: string } | null
    endpoint: { id: string; health: { state: string } } | null
  }
  expect(detail.delivery).toMatchObject({ id: 'failed-1', status: 'failed' })
  expect(detail.attempts.map((attempt) => attempt.responseStatusCode)).toEqual([502, 500])
  expect(detail.event).toMatchObject({ topic: 'employee.created' })
  expect(EndpointSummarySchema.parse(detail.endpoint)).toMatchObject({
    id: 'ep-7',
    health: { state: 'failing' },
  })
  for (const id of ['a'.repeat(201), '..%2Fx', '%00'])
    expect(
      (await stack.call(`/api/history/deliveries/${id}`, { cookie: viewer })).status,
      id,
    ).toBeGreaterThanOrEqual(400)
  const missing = await stack.call('/api/history/deliveries/unknown', { cookie: viewer })
  expect(missing.json()).toMatchObject({ status: 404, extensions: { reason: 'not-in-history' } })
})

test('a tab may follow only one of the account’s own deliveries on its Lucca', async () => {
  const origin = new URL(stack.emulatorUrl).origin
  const follow = (body: unknown, cookie: string | null = viewer) =>
    stack.call('/api/history/follows', { method: 'POST', cookie, body })
  const url = `${origin}/lucca-api/webhook-deliveries/d-42`
  expect((await follow({ id: 'd-42', url })).status).toBe(204)
  const [row] = await db().selectFrom('followed_deliveries').selectAll().execute()
  expect(row).toMatchObject({ account_id: ACCOUNT, delivery_id: 'd-42', url })
  const left = (row?.until.getTime() ?? 0) - Date.now()
  expect(left).toBeGreaterThan(100_000)
  expect(left).toBeLessThanOrEqual(120_000)
  expect((await follow({ id: 'd-42', url }, admin)).status).toBe(204) // renewed, still one row
  expect(await db().selectFrom('followed_deliveries').selectAll().execute()).toHaveLength(1)

  const refused = [
    `https://elsewhere.example/lucca-api/webhook-deliveries/d-42`,
    `${origin}/lucca-api/webhook-endpoints/d-42`,
    `${origin}/lucca-api/webhook-deliveries/d-43`,
    `${origin}/lucca-api/webhook-deliveries/d-42/../../webhook-endpoints`,
    `${origin}/lucca-api/webhook-deliveries/d-42?include=links`,
    `${origin.replace('//', '//user:pass@')}/lucca-api/webhook-deliveries/d-42`,
    `${origin.replace('http:', 'ftp:')}/lucca-api/webhook-deliveries/d-42`,
    'javascript:alert(1)//lucca-api/webhook-deliveries/d-42',
    '/lucca-api/webhook-deliveries/d-42',
  ]
  for (const bad of refused) {
    const answer = await follow({ id: 'd-42', url: bad })
    expect(answer.status, bad).toBe(400)
    expect(answer.json(), bad).toMatchObject({ errors: { url: [expect.any(String)] } })
  }
  expect((await follow({ id: '', url })).status).toBe(400)
  expect((await follow({ id: 'd-42', url }, null)).status).toBe(401)
  const forged = await stack.call('/api/history/follows', {
    method: 'POST',
    cookie: viewer,
    body: { id: 'd-42', url },
    headers: { 'x-console-request': '0' },
  })
  expect(forged.status).toBe(403) // the CSRF guard, as on every write
})

test('the status says how fresh the history is and what the console spends', async () => {
  const read = async () =>
    HistoryStatusSchema.parse((await stack.call('/api/history/status', { cookie: viewer })).json())
  expect(await read()).toMatchObject({
    collector: { state: 'starting', updatedAt: null, progress: null, reason: null },
    budget: { limit: 50, consoleLimit: 45, collectorShare: 10, collector: 0 },
    retentionDays: 400,
  })
  const publicState = (writtenAt: Date) => ({
    walks: {},
    public: {
      phase: 'catching-up',
      updatedAt: null,
      progress: 0.4,
      reason: null,
      callsLastMinute: 8,
      writtenAt: writtenAt.toISOString(),
    },
  })
  await db()
    .insertInto('collector_state')
    .values({ account_id: ACCOUNT, state: JSON.stringify(publicState(new Date())), updated_at: new Date() })
    .execute()
  expect(await read()).toMatchObject({
    collector: { state: 'catching-up', progress: 0.4 },
    budget: { collector: 8 },
  })
  // Written over 90 s ago: the other replica's count is stale; this one's own count stands.
  await db()
    .updateTable('collector_state')
    .set({ state: JSON.stringify(publicState(minutesAgo(2))) })
    .execute()
  expect((await read()).budget.collector).toBe(0)
  expect((await stack.call('/api/history/status', { cookie: null })).status).toBe(401)
})

test('an endpoint created through the console is marked as made here; the others as made outside', async () => {
  const created = await stack.call('/lucca-api/webhook-endpoints', {
    method: 'POST',
    cookie: admin,
    body: {
      name: 'Made here',
      webhookUrl: `${stack.receiverUrl}/ok`,
      topics: ['employee.created'],
      status: 'inactive',
    },
  })
  expect(created.status, created.text).toBe(201)
  const { id, secret } = created.json() as { id: string; secret: string }
  const rows = await db().selectFrom('console_created_endpoints').selectAll().execute()
  // Of the secret, only its last 4 characters are kept.
  expect(rows).toEqual([
    expect.objectContaining({
      account_id: ACCOUNT,
      endpoint_id: id,
      created_by: 'admin',
      secret_last4: secret.slice(-4),
    }),
  ])
  expect(JSON.stringify(rows)).not.toContain(secret)
  const overview = await stack.call(`/api/history/endpoints/${id}`, { cookie: viewer })
  expect(overview.json()).toMatchObject({
    secret: { issuedAt: rows[0]?.created_at.toISOString(), last4: secret.slice(-4) },
  })
  expect(overview.text).not.toContain(secret)
  // In the history at once, from Lucca's answer (write-through), before any round of the collector:
  const page = EndpointsPageSchema.parse(
    (await stack.call('/api/history/endpoints?q=made%20here', { cookie: viewer })).json(),
  )
  expect(page.items.map((item) => [item.id, item.origin])).toEqual([[id, 'console']])
  const outside = EndpointsPageSchema.parse(
    (await stack.call('/api/history/endpoints?q=endpoint%201', { cookie: viewer })).json(),
  )
  expect(new Set(outside.items.map((item) => item.origin))).toEqual(new Set(['outside']))
})

test('an endpoint as its page leads with it: health, last failure and since when, for anyone signed in', async () => {
  const overview = await stack.call('/api/history/endpoints/ep-7', { cookie: viewer })
  expect(overview.status).toBe(200)
  const body = overview.json() as {
    endpoint: { id: string; health: { state: string } }
    failingSince: string | null
    lastFailure: { deliveryId: string; attempt: { responseStatusCode: number } } | null
  }
  expect(body.endpoint).toMatchObject({ id: 'ep-7', health: { state: 'failing' } })
  expect(body.lastFailure).toMatchObject({ deliveryId: 'failed-1', attempt: { responseStatusCode: 500 } })
  expect(Date.parse(body.failingSince ?? '')).toBeLessThan(Date.now() - 19 * 60_000)
  // Made outside this console: nothing is known of its secret.
  expect(overview.json()).toMatchObject({ secret: null })
  expect((await stack.call('/api/history/endpoints/nope', { cookie: viewer })).status).toBe(404)
  // The path guard refuses an encoded slash before any route.
  expect((await stack.call('/api/history/endpoints/..%2Fx', { cookie: viewer })).status).toBe(400)
  expect((await stack.call('/api/history/endpoints/ep-7')).status).toBe(401)
})

test('a viewer reads the charts’ figures, account-wide or for one endpoint; a bad range is refused', async () => {
  const stats = async (query: string) => {
    const answer = await stack.call(`/api/history/stats${query}`, { cookie: viewer })
    expect(answer.status, answer.text).toBe(200)
    return StatsSchema.parse(answer.json())
  }
  const failing = await stats('?range=24h&endpoint=ep-7')
  expect(failing.buckets).toHaveLength(24)
  const sum = (key: 'delivered' | 'failed') =>
    failing.buckets.reduce((total, bucket) => total + bucket[key], 0)
  expect([sum('delivered'), sum('failed')]).toEqual([0, 1])
  expect(failing.topCodes).toEqual([
    { code: '500', count: 1 },
    { code: '502', count: 1 },
  ])
  const account = await stats('?range=90d&endpoint=')
  expect(account.buckets).toHaveLength(90)
  expect(account.buckets.reduce((total, bucket) => total + bucket.delivered, 0)).toBeGreaterThanOrEqual(1)
  for (const bad of ['', '?range=1y', '?range=24h&endpoint=' + 'x'.repeat(201)])
    expect((await stack.call(`/api/history/stats${bad}`, { cookie: viewer })).status, bad).toBe(400)
  expect((await stack.call('/api/history/stats?range=7d', { cookie: null })).status).toBe(401)
})
