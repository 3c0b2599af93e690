import { afterAll, expect, test } from 'vitest'
import { startReceiver } from '../../receiver/start.ts'
import { createClock } from '../clock.ts'
import { emulatorHarness } from '../testing/harness.ts'

const receiver = await startReceiver()
const untrusted = await startReceiver()
// The challenge would hang or reset on these paths; this file is about what the POST does.
const { emulator, call } = await emulatorHarness({
  trustedCa: [receiver.ca],
  skipChallenge: true,
  deliveryTimeoutMs: 400,
  dispatchDelayMs: 0,
  clock: createClock(),
})
afterAll(async () => {
  await emulator.close()
  await receiver.close()
  await untrusted.close()
})

type Attempt = { isSuccessful: boolean; responseStatusCode: number | null; errorResponseBody: string }

async function deliverOnce(webhookUrl: string): Promise<{ attempt: Attempt; status: string }> {
  const created = await call('POST', '/lucca-api/webhook-endpoints', {
    body: { webhookUrl, topics: ['employee.created'], status: 'active' },
  })
  const id = (created.json as { id: string }).id
  const queued = await call('POST', '/lucca-api/webhook-deliveries', { body: { webhookEndpoint: { id } } })
  const deliveryId = (queued.json as { id: string }).id
  let attempts: Attempt[] = []
  await expect
    .poll(async () => {
      const res = await call('GET', `/lucca-api/webhook-delivery-attempts?webhookDelivery.id=${deliveryId}`)
      attempts = (res.json as { items: Attempt[] }).items
      return attempts.length
    })
    .toBe(1)
  const delivery = await call('GET', `/lucca-api/webhook-deliveries/${deliveryId}`)
  return { attempt: attempts[0] as Attempt, status: (delivery.json as { status: string }).status }
}

test.each([
  ['a receiver that hangs', '/hang', null, /timeout after 400 ms/],
  ['a connection reset', '/reset', null, /ECONNRESET|socket|other side closed/i],
  ['a redirect (never followed)', '/redirect', 302, /^$/],
  ['a 10 MB error body (cut at 4096 chars)', '/big', 500, /^x{4096}$/],
])('%s gives a recorded, retried failed attempt', async (_name, path, status, body) => {
  const { attempt, status: deliveryStatus } = await deliverOnce(`${receiver.url}${path}`)
  expect(attempt).toMatchObject({ isSuccessful: false, responseStatusCode: status })
  expect(attempt.errorResponseBody).toMatch(body)
  expect(deliveryStatus).toBe('undelivered')
})

test('a certificate the emulator does not trust is a failed attempt, not a disabled check', async () => {
  const { attempt } = await deliverOnce(`${untrusted.url}/ok`)
  expect(attempt).toMatchObject({ isSuccessful: false, responseStatusCode: null })
  expect(attempt.errorResponseBody).toMatch(/certificate/i)
  expect(untrusted.requests().filter((r) => r.method === 'POST')).toEqual([])
})

test('the emulator stays healthy after all of that', async () => {
  expect((await call('GET', '/lucca-api/webhook-endpoints')).status).toBe(200)
})

test('at most 3 attempts run at once per endpoint; the rest wait their turn', async () => {
  const created = await call('POST', '/lucca-api/webhook-endpoints', {
    body: { webhookUrl: `${receiver.url}/slow/300/concurrency`, topics: ['leave.deleted'], status: 'active' },
  })
  expect(created.status).toBe(201)
  const started = Date.now()
  for (let i = 0; i < 5; i++)
    await call('POST', '/_emulator/events', { body: { topic: 'leave.deleted', data: { i } } })
  await expect
    .poll(() => receiver.requests().filter((r) => r.path === '/slow/300/concurrency').length)
    .toBe(5)
  const arrivals = receiver
    .requests()
    .filter((r) => r.path === '/slow/300/concurrency')
    .map((r) => Date.parse(r.at) - started)
  expect(arrivals.filter((ms) => ms < 200)).toHaveLength(3)
  expect(arrivals.filter((ms) => ms >= 290)).toHaveLength(2)
})
