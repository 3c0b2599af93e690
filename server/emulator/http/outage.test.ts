import { afterAll, expect, test } from 'vitest'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'

const { emulator, call } = await emulatorHarness()
afterAll(() => emulator.close())

const hour = 3_600_000
const total = async () =>
  (
    (await call('GET', '/lucca-api/webhook-deliveries?include=totalCount&limit=0')).json as {
      totalCount: number
    }
  ).totalCount

test('during an outage every /lucca-api call is a 503 problem, while events and deliveries go on', async () => {
  await call('POST', '/_emulator/traffic', { body: { endpoints: 4, deliveriesPerDay: 24_000 } })
  await emulator.clock.advance(hour)
  await emulator.idle()
  expect(await total()).toBe(1000)

  const on = await call('PUT', '/_emulator/config', { body: { outage: true } })
  expect(on.json).toMatchObject({ outage: true })
  for (const path of ['/lucca-api/webhook-deliveries', '/lucca-api/events/1', '/lucca-api/nowhere']) {
    const down = await emulator.app.inject({ url: path, headers: { 'api-version': '2024-11-01' } })
    expect(down.statusCode, path).toBe(503)
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(down.json()).toMatchObject({ status: 503, title: 'Service Unavailable' })
  }
  // The identity server is another host: tokens are still issued.
  const token = await call('POST', '/connect/token', {
    rawBody: 'grant_type=client_credentials&client_id=console-dev&client_secret=console-dev-secret',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })
  expect(token.status).toBe(200)
  await emulator.clock.advance(hour)
  await emulator.idle()
  const stats = (await call('GET', '/_emulator/traffic')).json as { deliveries: number; attempts: number }
  // The 2000th event came at the last instant: its first attempt is 300 ms away.
  expect(stats).toMatchObject({ deliveries: 2000, attempts: 1999 })

  await call('PUT', '/_emulator/config', { body: { outage: false } })
  expect(await total()).toBe(2000)
})

test('reset switches the outage off', async () => {
  await call('PUT', '/_emulator/config', { body: { outage: true } })
  await call('POST', '/_emulator/reset')
  expect((await call('GET', '/lucca-api/webhook-endpoints')).status).toBe(200)
})
