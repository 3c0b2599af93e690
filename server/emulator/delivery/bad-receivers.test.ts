import { afterAll, expect, test } from 'vitest'
import { startReceiver } from '../../receiver/start.ts'
import { createClock } from '../clock.ts'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'

const receiver = await startReceiver()
const untrusted = await startReceiver()
// The challenge would hang or reset on these paths; this file is about what the POST does.
const { emulator, call } = await emulatorHarness({
  trustedCa: [receiver.ca],
  skipChallenge: true,
  deliveryTimeoutMs: 1500,
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
    .poll(
      async () => {
        const res = await call('GET', `/lucca-api/webhook-delivery-attempts?webhookDelivery.id=${deliveryId}`)
        attempts = (res.json as { items: Attempt[] }).items
        return attempts.length
      },
      { timeout: 10_000 },
    )
    .toBe(1)
  const delivery = await call('GET', `/lucca-api/webhook-deliveries/${deliveryId}`)
  return { attempt: attempts[0] as Attempt, status: (delivery.json as { status: string }).status }
}

test.each([
  ['a receiver that hangs', '/hang', null, /timeout after 1500 ms/],
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
  const path = '/slow/1000/concurrency'
  const created = await call('POST', '/lucca-api/webhook-endpoints', {
    body: { webhookUrl: `${receiver.url}${path}`, topics: ['leave.deleted'], status: 'active' },
  })
  expect(created.status).toBe(201)
  for (let i = 0; i < 5; i++)
    await call('POST', '/_emulator/events', { body: { topic: 'leave.deleted', data: { i } } })
  await expect
    .poll(() => receiver.requests().filter((r) => r.path === path).length, { timeout: 10_000 })
    .toBe(5)
  const arrivals = receiver
    .requests()
    .filter((r) => r.path === path)
    .map((r) => Date.parse(r.at))
    .sort((a, b) => a - b)
  const since = arrivals.map((at) => at - (arrivals[0] ?? at))
  // Three start together; the fourth and fifth only once a slow answer (1 s) has freed a slot.
  expect(since[2]).toBeLessThan(900)
  expect(since[3]).toBeGreaterThanOrEqual(990)
  expect(since[4]).toBeGreaterThanOrEqual(990)
}, 30_000)
