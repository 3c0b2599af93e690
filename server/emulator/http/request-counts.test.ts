import { afterAll, expect, test } from 'vitest'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'

const { emulator, call, token } = await emulatorHarness({
  clients: [
    {
      id: 'console-dev',
      secret: 'console-dev-secret',
      scopes: ['webhook-endpoints.readonly', 'events.readonly'],
    },
    { id: 'collector', secret: 'collector-secret', scopes: ['events.readonly'] },
  ],
})
afterAll(() => emulator.close())

type Minutes = {
  minutes: {
    minute: string
    count: number
    byRoute: Record<string, number>
    byClient: Record<string, number>
  }[]
}
const requests = async (query = '') => (await call('GET', `/_emulator/requests${query}`)).json as Minutes
const collectorToken = async () => {
  const res = await call('POST', '/connect/token', {
    rawBody: 'grant_type=client_credentials&client_id=collector&client_secret=collector-secret',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    token: false,
  })
  return (res.json as { access_token: string }).access_token
}

test('every /lucca-api call counts in the clock minute it arrived, by route and by client, refused ones too', async () => {
  const dev = await token()
  const collector = await collectorToken()
  await call('GET', '/lucca-api/webhook-endpoints', { token: dev })
  await call('GET', '/lucca-api/events', { token: dev })
  await emulator.clock.advance(30_000)
  await call('GET', '/lucca-api/events?limit=1', { token: collector })
  // A minute later: a call without a token, and one to no route at all.
  await emulator.clock.advance(60_000)
  await call('GET', '/lucca-api/webhook-endpoints/1', { token: false })
  // Outside the contract, so not through `call` and its contract check.
  const nowhere = await emulator.app.inject({
    url: '/lucca-api/nowhere',
    headers: { authorization: `Bearer ${collector}`, 'api-version': '2024-11-01' },
  })
  expect(nowhere.statusCode).toBe(404)
  await call('GET', '/_emulator/clock')
  await call('POST', '/connect/token', { rawBody: '', token: false })

  expect((await requests()).minutes).toEqual([
    {
      minute: '2026-01-01T08:00:00.000Z',
      count: 3,
      byRoute: { 'GET /lucca-api/webhook-endpoints': 1, 'GET /lucca-api/events': 2 },
      byClient: { 'console-dev': 2, collector: 1 },
    },
    {
      minute: '2026-01-01T08:01:00.000Z',
      count: 2,
      byRoute: { 'GET /lucca-api/webhook-endpoints/{id}': 1, 'GET (no route)': 1 },
      byClient: { '(none)': 1, collector: 1 },
    },
  ])
  expect((await requests('?clientId=collector')).minutes.map((m) => m.count)).toEqual([1, 1])
})

test('DELETE /_emulator/requests and /_emulator/reset forget the counts', async () => {
  await call('GET', '/lucca-api/events')
  expect((await requests()).minutes.length).toBeGreaterThan(0)
  expect((await call('DELETE', '/_emulator/requests')).status).toBe(204)
  expect((await requests()).minutes).toEqual([])
  await call('GET', '/lucca-api/events')
  await call('POST', '/_emulator/reset')
  expect((await requests()).minutes).toEqual([])
})
