import { beforeAll, describe, expect, test } from 'vitest'
import { bothEngines } from '../../../testing/databases.ts'
import { seedAttempt, seedDelivery, seedEndpoint } from '../../../testing/history-seed.ts'
import type { Database } from '../../db/database.ts'
import { endpointOverview } from './endpoint-overview.ts'
import { EndpointsView } from './endpoints-view.ts'

const engines = bothEngines()
const NOW = Date.parse('2026-03-10T12:00:00Z')
const ago = (minutes: number) => new Date(NOW - minutes * 60_000)

/** One delivery of `endpointId` with its attempts, oldest first: `true` a success, a number a failure's code. */
async function deliver(
  db: Database,
  endpointId: string,
  minutesAgo: number,
  attempts: (true | number | null)[],
) {
  const last = attempts.at(-1)
  const delivery = await seedDelivery(db, 'acme', {
    endpointId,
    status: last === true ? 'delivered' : 'failed',
    attemptsCount: attempts.length,
    createdAt: ago(minutesAgo),
    lastAttemptAt: ago(minutesAgo - attempts.length + 1),
    lastStatusCode: last === true ? 200 : (last ?? null),
  })
  for (const [n, outcome] of attempts.entries())
    await seedAttempt(db, 'acme', {
      deliveryId: delivery.id,
      createdAt: ago(minutesAgo - n),
      isSuccessful: outcome === true,
      statusCode: outcome === true ? 200 : outcome,
    })
  return delivery
}

describe.each(engines)('on %s', (_name, fresh) => {
  // One database for the file's tests (a fresh one costs seconds on the embedded engine): each its endpoint.
  let db: Database
  beforeAll(async () => {
    db = (await fresh()).db
  })

  test('failing since the first failure after the last success; the last failure is the latest failed attempt', async () => {
    await seedEndpoint(db, 'acme', { id: 'ep-1' })
    await deliver(db, 'ep-1', 600, [500, true]) // a retry that worked: not the outage
    await deliver(db, 'ep-1', 300, [true])
    const first = await deliver(db, 'ep-1', 200, [503, 503]) // the outage starts here
    const latest = await deliver(db, 'ep-1', 100, [null, 404])
    const overview = await endpointOverview(db, new EndpointsView(db, () => NOW), 'acme', 'ep-1', NOW)
    expect(overview?.endpoint.id).toBe('ep-1')
    expect(overview?.endpoint.health.state).toBe('failing')
    expect(overview?.lastSuccessAt).toBe(ago(300).toISOString())
    expect(overview?.failingSince).toBe(ago(200).toISOString())
    expect(overview?.failingSinceBeforeWindow).toBe(false)
    expect(overview?.lastFailure?.deliveryId).toBe(latest.id)
    expect(overview?.lastFailure?.attempt.responseStatusCode).toBe(404)
    expect(overview?.lastFailure?.attempt.createdAt).toBe(ago(99).toISOString())
    expect(first.id).not.toBe(latest.id)
  })

  test('not failing once an attempt succeeds after the failures; the last failure stays for the record', async () => {
    await seedEndpoint(db, 'acme', { id: 'ep-2' })
    await deliver(db, 'ep-2', 200, [410])
    await deliver(db, 'ep-2', 100, [true])
    const overview = await endpointOverview(db, new EndpointsView(db, () => NOW), 'acme', 'ep-2', NOW)
    expect(overview?.failingSince).toBeNull()
    expect(overview?.lastFailure?.attempt.responseStatusCode).toBe(410)
  })

  test('never succeeded in the window: failing since its first failure there, marked as before the window', async () => {
    await seedEndpoint(db, 'acme', { id: 'ep-3' })
    await deliver(db, 'ep-3', 90, [500])
    await deliver(db, 'ep-3', 30, [500])
    const overview = await endpointOverview(db, new EndpointsView(db, () => NOW), 'acme', 'ep-3', NOW)
    expect(overview?.failingSince).toBe(ago(90).toISOString())
    expect(overview?.failingSinceBeforeWindow).toBe(true)
    expect(overview?.lastSuccessAt).toBeNull()
  })

  test('an endpoint with no delivery has no failure; one of another account or unknown is null', async () => {
    await seedEndpoint(db, 'acme', { id: 'ep-4' })
    await seedEndpoint(db, 'other', { id: 'theirs' })
    const view = new EndpointsView(db, () => NOW)
    const quiet = await endpointOverview(db, view, 'acme', 'ep-4', NOW)
    expect(quiet).toMatchObject({ lastFailure: null, failingSince: null, lastSuccessAt: null })
    expect(quiet?.endpoint.health.state).toBe('quiet')
    expect(await endpointOverview(db, view, 'acme', 'theirs', NOW)).toBeNull()
    expect(await endpointOverview(db, view, 'acme', 'nope', NOW)).toBeNull()
  })

  test('the secret this console issued: when, and its last 4 characters only; nothing when made outside', async () => {
    await seedEndpoint(db, 'acme', { id: 'ep-5' })
    await seedEndpoint(db, 'acme', { id: 'ep-6' })
    await seedEndpoint(db, 'acme', { id: 'ep-7' })
    const view = new EndpointsView(db, () => NOW)
    await view.recordCreated('acme', 'ep-5', 'admin', 'whsec_abcdefghijklmnop1234')
    // Recorded before the console kept the end of secrets (0004's backfill): the date only.
    await view.recordCreated('acme', 'ep-6', 'admin')
    const made = await endpointOverview(db, view, 'acme', 'ep-5', NOW)
    expect(made?.secret).toEqual({ issuedAt: new Date(NOW).toISOString(), last4: '1234' })
    expect(JSON.stringify(made)).not.toContain('whsec_')
    expect((await endpointOverview(db, view, 'acme', 'ep-6', NOW))?.secret).toEqual({
      issuedAt: new Date(NOW).toISOString(),
      last4: null,
    })
    expect((await endpointOverview(db, view, 'acme', 'ep-7', NOW))?.secret).toBeNull()
  })
})
