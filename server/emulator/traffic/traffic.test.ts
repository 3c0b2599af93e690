import { afterAll, expect, test } from 'vitest'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'
import { createClock } from '../clock.ts'

const hour = 3_600_000
type Stats = {
  running: boolean
  endpoints: number
  events: number
  deliveries: number
  attempts: number
  profiles: Record<'healthy' | 'failing' | 'flaky' | 'gone' | 'slow', string[]>
}
type Delivery = { id: string; status: string; attemptsCount: number; webhookEndpoint: { id: string } }
type Attempt = {
  createdAt: string
  responseStatusCode: number | null
  errorResponseBody: string
  signature: string
}
type Harness = Awaited<ReturnType<typeof emulatorHarness>>

const harnesses: Harness[] = []
async function harness(options: Parameters<typeof emulatorHarness>[0] = {}) {
  const made = await emulatorHarness(options)
  harnesses.push(made)
  const { emulator, call } = made
  const list = async <T>(path: string) => {
    const items: T[] = []
    let next: string | null = `${path}${path.includes('?') ? '&' : '?'}limit=100&include=links`
    while (next) {
      const page = (await call('GET', next)).json as { items: T[]; links: { next: { href: string } | null } }
      items.push(...page.items)
      const href = page.links.next?.href
      next = href ? `${new URL(href).pathname}${new URL(href).search}` : null
    }
    return items
  }
  const advance = async (ms: number) => {
    await emulator.clock.advance(ms)
    await emulator.idle()
  }
  const stats = async () => (await call('GET', '/_emulator/traffic')).json as Stats
  const start = async (body: unknown) => {
    const res = await call('POST', '/_emulator/traffic', { body })
    expect(res.status).toBe(201)
    return res.json as Stats
  }
  return { ...made, list, advance, stats, start }
}
afterAll(async () => {
  for (const { emulator } of harnesses) await emulator.close()
})

test('20,000 deliveries a day make 833 in an hour of virtual time, one per event, the same for the same seed', async () => {
  const runs = []
  for (let run = 0; run < 2; run++) {
    const { start, advance, stats, list } = await harness()
    expect(await start({ endpoints: 12, deliveriesPerDay: 20_000, seed: 42 })).toMatchObject({
      running: true,
      endpoints: 12,
      deliveries: 0,
    })
    await advance(hour)
    expect(await stats()).toMatchObject({ events: 833, deliveries: 833, attempts: 833 })
    const deliveries = await list<Delivery>('/lucca-api/webhook-deliveries')
    expect(deliveries).toHaveLength(833)
    expect(deliveries.every((d) => d.status === 'delivered')).toBe(true)
    const events = await list<{ topic: string; data: { id: string; type: string } }>('/lucca-api/events')
    expect(events[0]?.data).toMatchObject({ id: expect.stringMatching(/^\d+$/), type: expect.any(String) })
    const endpoints = await list<{ name: string; webhookUrl: string; status: string }>(
      '/lucca-api/webhook-endpoints',
    )
    expect(endpoints[0]).toMatchObject({
      name: 'Traffic 001',
      webhookUrl: expect.stringMatching(/^https:\/\/traffic-001\.receiver\.test\/hooks\/healthy$/),
      status: 'active',
    })
    runs.push({ targets: deliveries.map((d) => d.webhookEndpoint.id), events })
  }
  expect(runs[1]).toEqual(runs[0])
})

test('failing, flaky, gone and slow receivers go through the retry schedule and suspension', async () => {
  // Short retries, and no suspension by count: failing deliveries use up their five attempts.
  const { start, advance, list, call } = await harness({ retryScale: 0.01, suspendAfter: 10_000 })
  const { profiles } = await start({
    endpoints: 10,
    deliveriesPerDay: 5_000,
    seed: 3,
    mix: { failing: 0.2, flaky: 0.2, gone: 0.2, slow: 0.2 },
  })
  expect(Object.values(profiles).map((ids) => ids.length)).toEqual([2, 2, 2, 2, 2])
  await advance(2 * hour)
  const deliveries = await list<Delivery>('/lucca-api/webhook-deliveries')
  const of = (profile: keyof Stats['profiles']) =>
    deliveries.filter((d) => profiles[profile].includes(d.webhookEndpoint.id))
  const attemptsOf = async (d: Delivery) =>
    (
      (await call('GET', `/lucca-api/webhook-delivery-attempts?webhookDelivery.id=${d.id}`)).json as {
        items: Attempt[]
      }
    ).items

  expect(of('healthy').every((d) => d.status === 'delivered' && d.attemptsCount === 1)).toBe(true)
  const failing = of('failing')
  expect(failing.filter((d) => d.status === 'failed').length).toBeGreaterThan(0)
  expect(failing.every((d) => d.status !== 'delivered')).toBe(true)
  const [failed] = failing.filter((d) => d.status === 'failed')
  const attempts = failed ? await attemptsOf(failed) : []
  expect(attempts.map((a) => a.responseStatusCode)).toEqual([500, 500, 500, 500, 500])
  expect(attempts[0]).toMatchObject({ errorResponseBody: 'simulated receiver: failing' })
  expect(attempts[0]?.signature).toMatch(/^[A-Za-z0-9+/]{43}=$/)

  const flaky = of('flaky')
  expect(flaky.some((d) => d.status === 'delivered' && d.attemptsCount > 1)).toBe(true)
  const slow = of('slow').find((d) => d.attemptsCount > 0)
  expect((slow ? await attemptsOf(slow) : [])[0]).toMatchObject({
    responseStatusCode: null,
    errorResponseBody: 'timeout after 3000 ms',
  })

  // A 404 suspends at once (§7.7): one failed delivery, then every later one is held.
  for (const id of profiles.gone) {
    expect((await call('GET', `/lucca-api/webhook-endpoints/${id}`)).json).toMatchObject({
      status: 'suspended',
    })
    const gone = deliveries.filter((d) => d.webhookEndpoint.id === id)
    expect(gone[0]).toMatchObject({ status: 'failed', attemptsCount: 1 })
    expect(gone.slice(1).every((d) => d.status === 'undelivered' && d.attemptsCount === 0)).toBe(true)
  }
})

test('a backfill makes the past hours at once, dated in the past, and the live engine takes over', async () => {
  const { emulator, start, advance, list, stats } = await harness()
  const now = emulator.clock.now()
  const started = await start({
    endpoints: 50,
    deliveriesPerDay: 20_000,
    backfillHours: 6,
    seed: 5,
    mix: { flaky: 0.5 },
  })
  expect(started).toMatchObject({ events: 5_000, deliveries: 5_000 })
  expect(emulator.clock.now()).toBe(now)
  const deliveries = await list<Delivery & { nextAttemptAt: string | null }>('/lucca-api/webhook-deliveries')
  expect(deliveries).toHaveLength(5_000)
  const attempts = await list<Attempt>('/lucca-api/webhook-delivery-attempts')
  expect(attempts).toHaveLength(started.attempts)
  const times = attempts.map((a) => Date.parse(a.createdAt))
  expect(Math.min(...times)).toBeGreaterThanOrEqual(now - 6 * hour)
  expect(Math.max(...times)).toBeLessThan(now)
  // Flaky deliveries retried after now: the live engine has them on its clock.
  const pending = deliveries.filter((d) => d.status === 'undelivered' && d.nextAttemptAt !== null)
  expect(pending.length).toBeGreaterThan(0)
  expect(pending.every((d) => Date.parse(d.nextAttemptAt ?? '') >= now)).toBe(true)
  await advance(24 * hour)
  expect((await stats()).attempts).toBeGreaterThan(started.attempts + 20_000)
  const stillPending = (await list<Delivery>('/lucca-api/webhook-deliveries?status=undelivered')).filter(
    (d) => pending.some((p) => p.id === d.id),
  )
  expect(stillPending.length).toBeLessThan(pending.length)
})

test(
  '100,000 deliveries of backfill in one call (sanity, no timing asserted)',
  { timeout: 120_000 },
  async () => {
    const { start, call } = await harness({ strict: true })
    const started = await start({ endpoints: 500, deliveriesPerDay: 20_000, backfillHours: 120, seed: 9 })
    expect(started).toMatchObject({ deliveries: 100_000, endpoints: 500 })
    const page = await call('GET', '/lucca-api/webhook-deliveries?include=totalCount&limit=1')
    expect(page.json).toMatchObject({ totalCount: 100_000 })
  },
)

test('DELETE stops the traffic but not the retries; reset forgets it; a second start waits for a stop', async () => {
  const { start, advance, stats, call } = await harness()
  await start({ endpoints: 3, deliveriesPerDay: 10_000, mix: { flaky: 1 } })
  expect(
    (await call('POST', '/_emulator/traffic', { body: { endpoints: 1, deliveriesPerDay: 1 } })).status,
  ).toBe(409)
  await advance(10 * 60_000)
  const stopped = (await call('DELETE', '/_emulator/traffic')).json as Stats
  expect(stopped).toMatchObject({ running: false, deliveries: 69 })
  await advance(hour)
  const later = await stats()
  expect(later.deliveries).toBe(69)
  expect(later.attempts).toBeGreaterThan(stopped.attempts)

  await call('POST', '/_emulator/reset')
  expect(await stats()).toMatchObject({ running: false, endpoints: 0, deliveries: 0, attempts: 0 })
  await start({ endpoints: 1, deliveriesPerDay: 24 })
  expect((await stats()).running).toBe(true)
})

test('the body is checked', async () => {
  const { call } = await harness()
  const refused = [
    { endpoints: 5001, deliveriesPerDay: 1 },
    { endpoints: 1, deliveriesPerDay: 1.5 },
    { endpoints: 1, deliveriesPerDay: 1, mix: { failing: 0.6, gone: 0.6 } },
    { endpoints: 1, deliveriesPerDay: 1, mix: { broken: 0.1 } },
    { endpoints: 1, deliveriesPerDay: 1, backfillHours: 1501 },
    { endpoints: 1, deliveriesPerDay: 1, topics: ['ping'] },
    { endpoints: 1, deliveriesPerDay: 1, extra: true },
  ]
  for (const body of refused) expect((await call('POST', '/_emulator/traffic', { body })).status).toBe(400)
})

test('on the wall clock, traffic flows on its own', async () => {
  const { start, stats } = await harness({ clock: createClock(), dispatchDelayMs: 0 })
  // 10 a second.
  await start({ endpoints: 2, deliveriesPerDay: 864_000, topics: ['employee.updated'] })
  await expect.poll(async () => (await stats()).attempts, { timeout: 5_000 }).toBeGreaterThan(3)
})
