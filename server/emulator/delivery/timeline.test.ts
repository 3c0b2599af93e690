import { Agent, request } from 'undici'
import { afterAll, expect, test } from 'vitest'
import { startReceiver } from '../../receiver/start.ts'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'

const receiver = await startReceiver()
const agent = new Agent({ connect: { ca: receiver.ca } })
const { emulator, call } = await emulatorHarness({ trustedCa: [receiver.ca] })
afterAll(async () => {
  await emulator.close()
  await agent.close()
  await receiver.close()
})

const minute = 60_000
type Delivery = { id: string; status: string; attemptsCount: number; nextAttemptAt: string | null }
type Attempt = { createdAt: string; responseStatusCode: number | null; isSuccessful: boolean }

async function activeEndpoint(webhookUrl: string, topics = ['employee.updated']) {
  const res = await call('POST', '/lucca-api/webhook-endpoints', {
    body: { webhookUrl, topics, status: 'active' },
  })
  expect(res.status).toBe(201)
  return (res.json as { id: string }).id
}
const delivery = async (id: string) =>
  (await call('GET', `/lucca-api/webhook-deliveries/${id}`)).json as Delivery
const endpointStatus = async (id: string) =>
  ((await call('GET', `/lucca-api/webhook-endpoints/${id}`)).json as { status: string }).status
const attempts = async (deliveryId: string) =>
  (
    (await call('GET', `/lucca-api/webhook-delivery-attempts?webhookDelivery.id=${deliveryId}`)).json as {
      items: Attempt[]
    }
  ).items
const advance = async (ms: number) => {
  await emulator.clock.advance(ms)
  await emulator.idle()
}

test('a failing receiver is retried at +1 min, +11 min, +1 h 11 min and +24 h, then the delivery fails', async () => {
  const endpointId = await activeEndpoint(`${receiver.url}/fail/500/timeline`)
  const queued = (
    await call('POST', '/lucca-api/webhook-deliveries', { body: { webhookEndpoint: { id: endpointId } } })
  ).json as Delivery
  await advance(300)
  const first = await delivery(queued.id)
  expect(first).toMatchObject({ status: 'undelivered', attemptsCount: 1 })
  const firstAt = Date.parse((await attempts(queued.id))[0]?.createdAt ?? '')
  expect(Date.parse(first.nextAttemptAt ?? '') - firstAt).toBe(minute)

  await advance(25 * 60 * minute)
  const offsets = (await attempts(queued.id)).map((a) => (Date.parse(a.createdAt) - firstAt) / minute)
  expect(offsets).toEqual([0, 1, 11, 71, 24 * 60])
  expect((await attempts(queued.id)).every((a) => a.responseStatusCode === 500 && !a.isSuccessful)).toBe(true)
  expect(await delivery(queued.id)).toMatchObject({ status: 'failed', attemptsCount: 5, nextAttemptAt: null })
  expect(await endpointStatus(endpointId)).toBe('active')
})

test('a 404 suspends the endpoint at once; re-activation through the challenge delivers the held events', async () => {
  const endpointId = await activeEndpoint(`${receiver.url}/switch/gone`, ['employee.deleted'])
  await setSwitch('gone', 404)
  const test404 = (
    await call('POST', '/lucca-api/webhook-deliveries', { body: { webhookEndpoint: { id: endpointId } } })
  ).json as Delivery
  await advance(300)
  expect(await delivery(test404.id)).toMatchObject({
    status: 'failed',
    attemptsCount: 1,
    nextAttemptAt: null,
  })
  expect(await endpointStatus(endpointId)).toBe('suspended')

  const emitted = await call('POST', '/_emulator/events', {
    body: { topic: 'employee.deleted', data: { id: '7' } },
  })
  const [heldId] = (emitted.json as { deliveryIds: string[] }).deliveryIds
  expect(await delivery(heldId ?? '')).toMatchObject({
    status: 'undelivered',
    attemptsCount: 0,
    nextAttemptAt: null,
  })
  await advance(48 * 60 * minute)
  expect(await delivery(heldId ?? '')).toMatchObject({ attemptsCount: 0, nextAttemptAt: null })

  // While the receiver still answers 404, the challenge fails and nothing changes.
  const refused = await call('PATCH', `/lucca-api/webhook-endpoints/${endpointId}`, {
    body: { status: 'active' },
  })
  expect(refused.status).toBe(400)
  expect(await endpointStatus(endpointId)).toBe('suspended')

  await setSwitch('gone', 202)
  const reactivated = await call('PATCH', `/lucca-api/webhook-endpoints/${endpointId}`, {
    body: { status: 'active' },
  })
  expect(reactivated.json).toMatchObject({ status: 'active' })
  await advance(0)
  expect(await delivery(heldId ?? '')).toMatchObject({ status: 'delivered', attemptsCount: 1 })
  const received = receiver.requests().filter((r) => r.path === '/switch/gone' && r.method === 'POST')
  expect(JSON.parse(received.at(-1)?.body ?? '{}')).toMatchObject({
    topic: 'employee.deleted',
    data: { id: '7' },
  })
})

test('ten consecutive failures suspend an endpoint; a confirmation delivery re-activates it', async () => {
  const endpointId = await activeEndpoint(`${receiver.url}/switch/flaky`, ['leave.created'])
  await setSwitch('flaky', 503)
  const ids: string[] = []
  for (let i = 0; i < 4; i++) {
    const emitted = await call('POST', '/_emulator/events', {
      body: { topic: 'leave.created', data: { n: i } },
    })
    ids.push(...(emitted.json as { deliveryIds: string[] }).deliveryIds)
  }
  await advance(300) // 4 failures
  await advance(minute) // 8 failures
  expect(await endpointStatus(endpointId)).toBe('active')
  await advance(10 * minute) // the 10th failure suspends; the others are held
  expect(await endpointStatus(endpointId)).toBe('suspended')
  const states = await Promise.all(ids.map(delivery))
  expect(states.map((d) => d.attemptsCount).reduce((a, b) => a + b)).toBe(10)
  expect(states.every((d) => d.status === 'undelivered' && d.nextAttemptAt === null)).toBe(true)

  await setSwitch('flaky', 200)
  const confirm = await call(
    'POST',
    `/lucca-api/webhook-deliveries?webhookEndpoint.id=${endpointId}&event.topic=confirmation`,
  )
  expect(confirm.status).toBe(202)
  await advance(300)
  expect(await delivery((confirm.json as Delivery).id)).toMatchObject({
    status: 'delivered',
    attemptsCount: 1,
  })
  expect(await endpointStatus(endpointId)).toBe('active')
  await advance(0)
  expect((await Promise.all(ids.map(delivery))).every((d) => d.status === 'delivered')).toBe(true)
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
