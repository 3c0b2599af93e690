import { afterAll, expect, test } from 'vitest'
import { emulatorControl, luccaHeaders } from '../../../testing/emulator-control.ts'
import { createClock } from '../clock.ts'
import { startEmulator } from '../start.ts'

// testing/emulator-control.ts over a real port, as the collector's tests will use it.
const clock = createClock({ start: '2026-03-02T10:00:00Z', frozen: true })
const lucca = await startEmulator({ port: 0, store: 'memory', rateLimit: 'off', clock })
afterAll(() => lucca.close())
const control = emulatorControl(lucca.url)

test('the control client drives traffic, the clock, the outage switch and the per-minute counts', async () => {
  const started = await control.traffic({
    endpoints: 5,
    deliveriesPerDay: 14_400,
    seed: 2,
    mix: { gone: 0.2 },
  })
  expect(started).toMatchObject({ running: true, endpoints: 5 })
  expect(started.profiles.gone).toHaveLength(1)
  const token = await control.token()
  for (let minute = 0; minute < 3; minute++) {
    const res = await fetch(`${lucca.url}/lucca-api/webhook-deliveries?limit=1`, {
      headers: luccaHeaders(token),
    })
    expect(res.status).toBe(200)
    await control.advance(60_000)
  }
  expect((await control.trafficStats()).deliveries).toBe(30)
  await control.outage(true)
  expect((await control.api('GET', '/events')).status).toBe(503)
  await control.outage(false)
  expect(await control.stopTraffic()).toMatchObject({ running: false, deliveries: 30 })

  const minutes = await control.requests()
  expect(minutes.map((m) => [m.minute, m.count])).toEqual([
    ['2026-03-02T10:00:00.000Z', 1],
    ['2026-03-02T10:01:00.000Z', 1],
    ['2026-03-02T10:02:00.000Z', 1],
    ['2026-03-02T10:03:00.000Z', 1],
  ])
  expect((await control.requests('console-dev')).every((m) => m.count <= 10)).toBe(true)
  await control.clearRequests()
  expect(await control.requests()).toEqual([])
})
