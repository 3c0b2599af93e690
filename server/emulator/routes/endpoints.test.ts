import { afterAll, expect, test } from 'vitest'
import { startReceiver } from '../../receiver/start.ts'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'

const receiver = await startReceiver()
const { emulator, call, token } = await emulatorHarness({ trustedCa: [receiver.ca] })
afterAll(async () => {
  await emulator.close()
  await receiver.close()
})

const path = '/lucca-api/webhook-endpoints'
const create = (body: Record<string, unknown>) =>
  call('POST', path, { body: { webhookUrl: `${receiver.url}/ok/a`, topics: ['employee.created'], ...body } })

test('create returns the secret once; reads never show it', async () => {
  const created = await create({ name: 'Payroll' })
  expect(created.status).toBe(201)
  const body = created.json as { id: string; secret: string; url: string; status: string }
  expect(body.secret).toMatch(/^[A-Za-z0-9_-]{64}$/)
  expect(body.status).toBe('inactive')
  expect(created.headers.location).toBe(body.url)
  expect(created.headers.etag).toMatch(/^W\/"[0-9a-f]{16}"$/)
  const read = await call('GET', `${path}/${body.id}`)
  expect(read.json).not.toHaveProperty('secret')
  expect(read.json).toMatchObject({
    id: body.id,
    name: 'Payroll',
    apiVersion: '2024-11-01',
    contentType: 'default',
  })
  const list = await call('GET', path)
  expect(JSON.stringify(list.json)).not.toContain(body.secret)
})

test('status active runs the activation challenge against the receiver', async () => {
  const before = receiver.requests().length
  const created = await create({ status: 'active', webhookUrl: `${receiver.url}/ok/challenged?tenant=1` })
  expect(created.status).toBe(201)
  expect(created.json).toMatchObject({ status: 'active' })
  const challenge = receiver
    .requests()
    .slice(before)
    .find((r) => r.path === '/ok/challenged')
  expect(challenge?.method).toBe('GET')
  expect(challenge?.query).toMatch(/^tenant=1&echo=[A-Za-z0-9_-]{32}$/)
  expect(challenge?.headers).not.toHaveProperty('lucca-signature')
})

test('a failed challenge is a 400 on webhookUrl and creates nothing', async () => {
  const count = ((await call('GET', `${path}?include=totalCount`)).json as { totalCount: number }).totalCount
  const refused = await create({ status: 'active', webhookUrl: `${receiver.url}/fail/404/x` })
  expect(refused.status).toBe(400)
  expect(refused.json).toMatchObject({
    errors: { webhookUrl: [expect.stringMatching(/^Activation challenge failed/)] },
  })
  const after = ((await call('GET', `${path}?include=totalCount`)).json as { totalCount: number }).totalCount
  expect(after).toBe(count)
})

test('bad bodies are 400 problems naming the field', async () => {
  const http = await create({ webhookUrl: 'http://example.com/hook' })
  expect(http.status).toBe(400)
  expect(http.headers['content-type']).toMatch(/^application\/problem\+json/)
  expect(http.json).toMatchObject({
    type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
    title: 'One or more validation errors occurred.',
    status: 400,
    instance: expect.stringMatching(/\/lucca-api\/webhook-endpoints$/),
    errors: { webhookUrl: ['The webhookUrl must use the https scheme.'] },
    extensions: { traceId: expect.stringMatching(/^[0-9a-f]{32}$/) },
  })
  const long = await create({ webhookUrl: `https://example.com/${'a'.repeat(500)}` })
  expect(long.json).toMatchObject({ errors: { webhookUrl: expect.any(Array) } })
  const topics = await create({ topics: ['employee.created', 'nope.created'] })
  expect(topics.json).toMatchObject({ errors: { 'topics[1]': expect.any(Array) } })
  const empty = await create({ topics: [] })
  expect(empty.json).toMatchObject({ errors: { topics: expect.any(Array) } })
  const unknown = await create({ colour: 'red' })
  expect(unknown.json).toMatchObject({ errors: { colour: ['Unknown property.'] } })
  const suspended = await create({ status: 'suspended' })
  expect(suspended.json).toMatchObject({ errors: { status: expect.any(Array) } })
  const broken = await call('POST', path, {
    rawBody: '{"webhookUrl":',
    headers: { 'content-type': 'application/json' },
  })
  expect(broken.json).toMatchObject({ status: 400, errors: { body: expect.any(Array) } })
  const text = await call('POST', path, { rawBody: 'hello', headers: { 'content-type': 'text/plain' } })
  expect(text.status).toBe(415)
})

test('Api-Version is required, dated, and echoed on every answer', async () => {
  const missing = await call('GET', path, { apiVersion: false })
  expect(missing.status).toBe(400)
  expect(missing.json).toMatchObject({ errors: { 'Api-Version': expect.any(Array) } })
  expect((await call('GET', path, { apiVersion: '2023-01-01' })).status).toBe(400)
  expect((await call('GET', path, { apiVersion: 'latest' })).status).toBe(400)
  const later = await call('GET', path, { apiVersion: '2030-05-05' })
  expect(later.status).toBe(200)
  expect(later.headers['api-version']).toBe('2024-11-01')
})

test('no token is 401; a token without the scope is 403 naming it', async () => {
  expect((await call('GET', path, { token: false })).status).toBe(401)
  const readOnly = await token(['webhook-endpoints.readonly'])
  expect((await call('GET', path, { token: readOnly })).status).toBe(200)
  const forbidden = await call('POST', path, {
    token: readOnly,
    body: { webhookUrl: 'https://x.test', topics: ['employee.created'] },
  })
  expect(forbidden.status).toBe(403)
  expect(forbidden.json).toMatchObject({ detail: expect.stringContaining('webhook-endpoints.readwrite') })
})

test('every operation checks its own scope and names it in the 403', async () => {
  const eventsOnly = await token(['events.readonly'])
  const operations = [
    ['GET', '/lucca-api/webhook-endpoints', 'webhook-endpoints.readonly'],
    ['GET', '/lucca-api/webhook-endpoints/1', 'webhook-endpoints.readonly'],
    ['PATCH', '/lucca-api/webhook-endpoints/1', 'webhook-endpoints.readwrite'],
    ['DELETE', '/lucca-api/webhook-endpoints/1', 'webhook-endpoints.readwrite'],
    ['GET', '/lucca-api/webhook-deliveries', 'webhook-deliveries.readonly'],
    ['POST', '/lucca-api/webhook-deliveries', 'webhook-deliveries.readwrite'],
    ['GET', '/lucca-api/webhook-delivery-attempts', 'webhook-deliveries.readonly'],
  ] as const
  for (const [method, url, scope] of operations) {
    const res = await call(method, url, {
      token: eventsOnly,
      ...(method === 'PATCH' ? { body: { name: 'x' } } : {}),
    })
    expect(res.status, `${method} ${url}`).toBe(403)
    expect(res.json).toMatchObject({ detail: expect.stringContaining(scope) })
  }
  const endpointsOnly = await token(['webhook-endpoints.readwrite'])
  expect((await call('GET', '/lucca-api/events', { token: endpointsOnly })).status).toBe(403)
  expect((await call('GET', '/lucca-api/events', { token: eventsOnly })).status).toBe(200)
})

test('the application.id and status filters narrow the list', async () => {
  const mine = await call('GET', `${path}?application.id=console-dev&include=totalCount`)
  expect((mine.json as { totalCount: number }).totalCount).toBeGreaterThan(0)
  const other = await call('GET', `${path}?application.id=someone-else&include=totalCount`)
  expect((other.json as { totalCount: number }).totalCount).toBe(0)
  const active = await call('GET', `${path}?status=active`)
  expect((active.json as { items: { status: string }[] }).items.every((e) => e.status === 'active')).toBe(
    true,
  )
})

test('changing the webhookUrl of an active endpoint runs the challenge on the new URL first', async () => {
  const created = (await create({ status: 'active' })).json as { id: string; webhookUrl: string }
  const refused = await call('PATCH', `${path}/${created.id}`, {
    body: { webhookUrl: `${receiver.url}/fail/410/moved` },
  })
  expect(refused.json).toMatchObject({ status: 400, errors: { webhookUrl: expect.any(Array) } })
  expect((await call('GET', `${path}/${created.id}`)).json).toMatchObject({ webhookUrl: created.webhookUrl })
  const moved = await call('PATCH', `${path}/${created.id}`, {
    body: { webhookUrl: `${receiver.url}/ok/moved` },
  })
  expect(moved.json).toMatchObject({ webhookUrl: `${receiver.url}/ok/moved`, status: 'active' })
  expect(receiver.requests().some((r) => r.path === '/ok/moved' && r.method === 'GET')).toBe(true)
  expect((await call('PATCH', `${path}/${created.id}`, { body: { status: 'suspended' } })).status).toBe(400)
  expect((await call('PATCH', `${path}/${created.id}`, { body: {} })).status).toBe(400)
})
