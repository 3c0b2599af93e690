import { afterAll, expect, test } from 'vitest'
import { startReceiver } from '../../receiver/start.ts'
import { verifyLuccaSignature } from '../../receiver/verify-signature.ts'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'

const receiver = await startReceiver()
const { emulator, call } = await emulatorHarness({ trustedCa: [receiver.ca] })
afterAll(async () => {
  await emulator.close()
  await receiver.close()
})

const settle = async () => {
  await emulator.clock.advance(300)
  await emulator.idle()
}
async function endpoint(body: Record<string, unknown>) {
  const res = await call('POST', '/lucca-api/webhook-endpoints', {
    body: { topics: ['employee.updated'], status: 'active', ...body },
  })
  expect(res.status).toBe(201)
  return res.json as { id: string; secret: string }
}
type Delivery = { id: string; status: string; event: { id: string } }
type Collection<T> = { items: T[]; embedded?: Record<string, Record<string, unknown>> }

const payroll = await endpoint({
  webhookUrl: `${receiver.url}/ok/payroll`,
  businessEstablishments: [{ id: '12' }],
})
const cloud = await endpoint({ webhookUrl: `${receiver.url}/ok/cloud`, contentType: 'cloudEvents' })
const paused = await endpoint({ webhookUrl: `${receiver.url}/ok/paused`, status: 'inactive' })

test('a business event fans out to matching endpoints only, and each gets a signed POST', async () => {
  const emitted = await call('POST', '/_emulator/events', {
    body: {
      topic: 'employee.updated',
      data: { id: '416' },
      businessEstablishment: { id: '99' },
      previousAttributes: { a: 1 },
    },
  })
  expect(emitted.status).toBe(201)
  const { eventId, deliveryIds } = emitted.json as { eventId: string; deliveryIds: string[] }
  // payroll filters on establishment 12, paused is inactive: only the cloudEvents endpoint matches.
  expect(deliveryIds).toHaveLength(1)
  await settle()
  const [post] = receiver.requests().filter((r) => r.path === '/ok/cloud' && r.method === 'POST')
  expect(post?.headers['content-type']).toBe('application/cloudevents+json; charset=utf-8')
  expect(JSON.parse(post?.body ?? '{}')).toMatchObject({
    specversion: '1.0.3',
    type: 'com.luccasoftware.employee.updated',
    datacontenttype: 'application/json',
    data: { id: '416' },
    comluccasoftwareeventid: eventId,
    comluccasoftwarewebhookendpointwebhookendpointid: cloud.id,
  })
  const timestamp = post?.headers['lucca-timestamp']
  const now = emulator.clock.now()
  expect(
    verifyLuccaSignature(cloud.secret, timestamp, post?.headers['lucca-signature'], post?.body ?? '', now),
  ).toBe(true)
  const event = await call('GET', `/lucca-api/events/${eventId}?include=links`)
  expect(event.json).toMatchObject({
    topic: 'employee.updated',
    previousAttributes: { a: 1 },
    links: { retry: {} },
  })
})

test('a manual redelivery creates a new delivery of the same event, even off-topic', async () => {
  const emitted = await call('POST', '/_emulator/events', {
    body: { topic: 'employee.updated', data: { id: '1' } },
  })
  const { eventId } = emitted.json as { eventId: string }
  const offTopic = await endpoint({ webhookUrl: `${receiver.url}/ok/other`, topics: ['leave.created'] })
  const redelivery = await call('POST', '/lucca-api/webhook-deliveries', {
    body: { event: { id: eventId }, webhookEndpoint: { id: offTopic.id } },
  })
  expect(redelivery.status).toBe(202)
  await settle()
  const [post] = receiver.requests().filter((r) => r.path === '/ok/other' && r.method === 'POST')
  expect(JSON.parse(post?.body ?? '{}')).toMatchObject({
    id: eventId,
    type: 'event',
    topic: 'employee.updated',
  })
  const unknown = await call('POST', '/lucca-api/webhook-deliveries', {
    body: { event: { id: '999999' }, webhookEndpoint: { id: offTopic.id } },
  })
  expect(unknown.status).toBe(404)
})

test('test deliveries: query form with ping, 400 for inactive endpoints, 404 for unknown ones', async () => {
  const ping = await call(
    'POST',
    `/lucca-api/webhook-deliveries?webhookEndpoint.id=${payroll.id}&event.topic=ping`,
  )
  expect(ping.status).toBe(202)
  const event = await call('GET', `/lucca-api/events/${(ping.json as Delivery).event.id}`)
  expect(event.json).toMatchObject({ topic: 'ping', data: { type: 'test' } })
  const inactive = await call('POST', '/lucca-api/webhook-deliveries', {
    body: { webhookEndpoint: { id: paused.id } },
  })
  expect(inactive.json).toMatchObject({
    status: 400,
    errors: { webhookEndpoint: ['Endpoint is not active'] },
  })
  expect(
    (await call('POST', '/lucca-api/webhook-deliveries', { body: { webhookEndpoint: { id: 'nope' } } }))
      .status,
  ).toBe(404)
  expect((await call('POST', '/lucca-api/webhook-deliveries', { body: {} })).status).toBe(400)
  const badTopic = await call(
    'POST',
    `/lucca-api/webhook-deliveries?webhookEndpoint.id=${payroll.id}&event.topic=x`,
  )
  expect(badTopic.json).toMatchObject({ errors: { 'event.topic': expect.any(Array) } })
})

test('lists filter deliveries, embed their events, and attempts embed both', async () => {
  await settle()
  const byEndpoint = await call(
    'GET',
    `/lucca-api/webhook-deliveries?webhookEndpoint.id=${payroll.id}&include=embedded,links`,
  )
  const deliveries = byEndpoint.json as Collection<Delivery & { links: { attempts: { href: string } } }>
  expect(deliveries.items.length).toBeGreaterThan(0)
  const first = deliveries.items[0]
  if (!first) throw new Error('no delivery')
  expect(Object.keys(deliveries.embedded?.event ?? {})).toContain(first.event.id)
  const attemptsUrl = new URL(first.links.attempts.href)
  const attempts = await call('GET', `${attemptsUrl.pathname}${attemptsUrl.search}&include=embedded`)
  const page = attempts.json as Collection<{ id: string }>
  expect(Object.keys(page.embedded?.['webhook-delivery'] ?? {})).toEqual([first.id])
  const attemptId = page.items[0]?.id ?? ''
  expect(
    (await call('GET', `/lucca-api/webhook-delivery-attempts/${attemptId}?include=embedded`)).status,
  ).toBe(200)
  expect((await call('GET', '/lucca-api/webhook-delivery-attempts/0')).status).toBe(404)
  const delivered = await call('GET', '/lucca-api/webhook-deliveries?status=delivered')
  expect((delivered.json as Collection<Delivery>).items.every((d) => d.status === 'delivered')).toBe(true)
})

test('events list by delivery status, and in the CloudEvents batch form', async () => {
  const delivered = await call('GET', '/lucca-api/events?status=delivered&include=totalCount')
  expect((delivered.json as { totalCount: number }).totalCount).toBeGreaterThan(0)
  const batch = await call('GET', '/lucca-api/events', {
    headers: { accept: 'application/cloudevents-batch+json' },
  })
  expect(batch.headers['content-type']).toMatch(/^application\/cloudevents-batch\+json/)
  expect(Array.isArray(batch.json)).toBe(true)
  const deliveriesBatch = await call('GET', '/lucca-api/webhook-deliveries', {
    headers: { accept: 'application/cloudevents-batch+json' },
  })
  expect((deliveriesBatch.json as { type: string }[])[0]?.type).toMatch(/^com\.luccasoftware\./)
})

test('setting an endpoint inactive fails its pending deliveries; deleting keeps history readable', async () => {
  const flaky = await endpoint({
    webhookUrl: `${receiver.url}/fail/500/flaky`,
    topics: ['department.created'],
  })
  const emitted = await call('POST', '/_emulator/events', { body: { topic: 'department.created', data: {} } })
  const [deliveryId] = (emitted.json as { deliveryIds: string[] }).deliveryIds
  await settle()
  await call('PATCH', `/lucca-api/webhook-endpoints/${flaky.id}`, { body: { status: 'inactive' } })
  expect((await call('GET', `/lucca-api/webhook-deliveries/${deliveryId}`)).json).toMatchObject({
    status: 'failed',
    nextAttemptAt: null,
  })
  expect((await call('DELETE', `/lucca-api/webhook-endpoints/${flaky.id}`)).status).toBe(204)
  expect((await call('GET', `/lucca-api/webhook-deliveries/${deliveryId}`)).status).toBe(200)
})
