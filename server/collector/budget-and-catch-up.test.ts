// The collector against a busy account on the emulator's strict mode (only what Lucca documents; lists by
// id, UUID delivery and attempt ids): 200 endpoints and 20,000 deliveries a day, on the virtual clock.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { bothEngines } from '../../testing/databases.ts'
import { collectorRig, type CollectorRig } from '../../testing/collector-harness.ts'
import { emulatorControl, type EmulatorControl } from '../../testing/emulator-control.ts'
import type { Database } from '../db/database.ts'
import { publicStateOf } from './public-state.ts'

// PostgreSQL only: the embedded engine runs the same SQL (collector.test.ts covers it), several times slower.
const postgres = bothEngines().find(([name]) => name === 'PostgreSQL')
let rig: CollectorRig
let control: EmulatorControl
let db: Database
const minute = 60_000

beforeAll(async () => {
  if (!postgres) throw new Error('no PostgreSQL engine')
  db = (await postgres[1]()).db
  rig = await collectorRig(db, { rateLimit: { requests: 50, windowSeconds: 60 } })
  control = emulatorControl(rig.url)
  await control.traffic({
    endpoints: 200,
    deliveriesPerDay: 20_000,
    mix: { failing: 0.05, flaky: 0.1, gone: 0.02, slow: 0.02 },
    seed: 14,
  })
  rig.start()
}, 120_000)

afterAll(async () => {
  await rig?.close()
})

async function phase(): Promise<string | undefined> {
  const row = await db.selectFrom('collector_state').select('state').executeTakeFirst()
  return publicStateOf(row?.state)?.phase
}

/** Every id of a Lucca list, read through the emulator by its own links (not counted against the console). */
async function allIds(path: string): Promise<string[]> {
  const ids: string[] = []
  let next: string | null = `${path}?limit=100&include=links`
  while (next) {
    const page = (await control.api('GET', next)).json as {
      items: { id: string }[]
      links: { next: { href: string } | null }
    }
    ids.push(...page.items.map((item) => item.id))
    const href = page.links.next?.href
    next = href ? new URL(href).pathname.replace('/lucca-api', '') + new URL(href).search : null
  }
  return ids
}

test('the collector stays within its share every minute of ten', async () => {
  await rig.driven.runFor(10 * minute)
  const minutes = await control.requests()
  expect(minutes.length).toBeGreaterThanOrEqual(10)
  for (const each of minutes) expect(each.count, each.minute).toBeLessThanOrEqual(10)
  console.info('calls per minute', minutes.map((each) => each.count).join(' '))
  expect(await phase()).toBe('up-to-date')
}, 300_000)

test('after a 1-hour outage it catches up with no delivery missing or twice', async () => {
  await control.outage(true)
  await rig.driven.runFor(60 * minute)
  expect(await phase()).toBe('paused')
  await control.outage(false)
  const outageEnded = rig.clock.now()
  for (let waited = 0; waited < 30 && (await phase()) !== 'up-to-date'; waited += 1)
    await rig.driven.runFor(minute)
  expect(await phase()).toBe('up-to-date')
  console.info(`caught up ${(rig.clock.now() - outageEnded) / 1000} s after the outage`)
  // Let the account settle (no new event, retries over), then one more round reads it as it stands.
  await control.stopTraffic()
  await rig.driven.runFor(5 * minute)
  const before = (await db.selectFrom('collector_state').select('updated_at').executeTakeFirstOrThrow())
    .updated_at
  for (let waited = 0; waited < 10; waited += 1) {
    await rig.driven.runFor(minute)
    const state = publicStateOf(
      (await db.selectFrom('collector_state').select('state').executeTakeFirstOrThrow()).state,
    )
    if (state?.updatedAt && Date.parse(state.updatedAt) > before.getTime()) break
  }
  for (const each of await control.requests()) expect(each.count, each.minute).toBeLessThanOrEqual(10)

  const luccaDeliveries = await allIds('/webhook-deliveries')
  const luccaAttempts = await allIds('/webhook-delivery-attempts')
  const history = await db.selectFrom('lucca_deliveries').select(['id', 'status']).execute()
  const historyAttempts = await db.selectFrom('lucca_attempts').select('id').execute()
  console.info(`${luccaDeliveries.length} deliveries, ${luccaAttempts.length} attempts at Lucca`)
  expect(luccaDeliveries.length).toBeGreaterThan(900)
  const stored = new Set(history.map((row) => row.id))
  const missing = luccaDeliveries.filter((id) => !stored.has(id))
  expect(missing).toEqual([])
  expect(history).toHaveLength(stored.size)
  expect(history).toHaveLength(luccaDeliveries.length)
  expect(new Set(historyAttempts.map((row) => row.id))).toEqual(new Set(luccaAttempts))
}, 600_000)
