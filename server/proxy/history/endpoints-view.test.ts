import { describe, expect, test } from 'vitest'
import { EndpointsQuerySchema, type EndpointsPage } from '../../../contract/console-history-api.ts'
import type { Database } from '../../db/database.ts'
import { bothEngines } from '../../../testing/databases.ts'
import { seedAttempt, seedDelivery, seedEndpoint } from '../../../testing/history-seed.ts'
import { countingQueries } from '../../../testing/query-counter.ts'
import { HistoryWriter } from '../../collector/history-writer.ts'
import { EndpointsView } from './endpoints-view.ts'

const engines = bothEngines()
const NOW = Date.parse('2026-03-10T12:00:00Z')
const ago = (minutes: number) => new Date(NOW - minutes * 60_000)
const id = (n: number) => `ep-${String(n).padStart(2, '0')}`

/** 60 endpoints of `acme`; a few with deliveries that make each health state; others that must not show. */
async function seed(db: Database) {
  for (let n = 1; n <= 60; n += 1) {
    await seedEndpoint(db, 'acme', {
      id: id(n),
      name: `Endpoint ${String(n).padStart(2, '0')}`,
      webhookUrl: n === 60 ? 'https://payroll.example.net/sixty' : `https://hooks.example.com/${id(n)}`,
      status: n === 11 ? 'suspended' : 'active',
      topics: n === 12 ? ['employee.created', 'employee.deleted'] : ['employee.created'],
      createdAt: new Date(Date.UTC(2026, 0, n)),
    })
  }
  await seedEndpoint(db, 'acme', { id: 'gone', goneAt: ago(60) })
  await seedEndpoint(db, 'other', { id: 'theirs', webhookUrl: 'https://payroll.example.net/theirs' })
  await db
    .insertInto('endpoint_notes')
    .values({
      account_id: 'acme',
      endpoint_id: id(2),
      description: 'Sends new hires to the PAYROLL tool',
      owner_name: 'Zoe Martin',
      owner_email: 'zoe.martin@acme-paie.example',
      notes: null,
      updated_at: new Date(),
      updated_by: 'admin',
    })
    .execute()

  // ep-01 failing: delivered, then a later delivery failed for good (its attempts: 500, then 502).
  await seedDelivery(db, 'acme', { endpointId: id(1), createdAt: ago(300) })
  const failed = await seedDelivery(db, 'acme', {
    endpointId: id(1),
    status: 'failed',
    attemptsCount: 2,
    createdAt: ago(200),
    lastAttemptAt: ago(100),
    lastStatusCode: 502,
  })
  await seedAttempt(db, 'acme', {
    deliveryId: failed.id,
    createdAt: ago(200),
    isSuccessful: false,
    statusCode: 500,
  })
  await seedAttempt(db, 'acme', {
    deliveryId: failed.id,
    createdAt: ago(100),
    isSuccessful: false,
    statusCode: 502,
  })
  // ep-03 healthy, though one delivery needed a retry: its failed attempt is the last failure.
  const retried = await seedDelivery(db, 'acme', { endpointId: id(3), attemptsCount: 2, createdAt: ago(50) })
  await seedAttempt(db, 'acme', {
    deliveryId: retried.id,
    createdAt: ago(50),
    isSuccessful: false,
    statusCode: 503,
  })
  await seedAttempt(db, 'acme', {
    deliveryId: retried.id,
    createdAt: ago(40),
    isSuccessful: true,
    statusCode: 200,
  })
  // ep-04 degraded: one being retried, its attempts not read yet (the delivery's last attempt stands in).
  for (const minutes of [30, 20])
    await seedDelivery(db, 'acme', { endpointId: id(4), createdAt: ago(minutes) })
  await seedDelivery(db, 'acme', {
    endpointId: id(4),
    status: 'undelivered',
    attemptsCount: 1,
    createdAt: ago(10),
    lastAttemptAt: ago(10),
    lastStatusCode: 429,
  })
  // ep-05 failing: fewer than half delivered; a timeout has no code.
  await seedDelivery(db, 'acme', { endpointId: id(5), createdAt: ago(500) })
  for (const minutes of [400, 450])
    await seedDelivery(db, 'acme', {
      endpointId: id(5),
      status: 'undelivered',
      attemptsCount: 1,
      createdAt: ago(minutes),
      lastAttemptAt: ago(minutes),
      lastStatusCode: null,
    })
  // ep-06: its failures are 8 days old, so it is quiet; ep-07 to ep-10 healthy.
  await seedDelivery(db, 'acme', {
    endpointId: id(6),
    status: 'failed',
    attemptsCount: 1,
    createdAt: ago(8 * 1440),
  })
  for (let n = 7; n <= 10; n += 1) await seedDelivery(db, 'acme', { endpointId: id(n), createdAt: ago(n) })
  // Pending, never attempted: not counted.
  await seedDelivery(db, 'acme', { endpointId: id(8), status: 'undelivered', createdAt: ago(1) })
}

describe.each(engines)('on %s', (_name, fresh) => {
  test('the list is searched, filtered, sorted and counted account-wide', { timeout: 60_000 }, async () => {
    const { db } = await fresh()
    await seed(db)
    const counted = countingQueries(db)
    const view = new EndpointsView(counted.db, () => NOW)
    await view.recordCreated('acme', id(2), 'admin')
    const list = (query: Record<string, string> = {}) => view.list('acme', EndpointsQuerySchema.parse(query))
    const ids = (page: EndpointsPage) => page.items.map((item) => item.id)

    const cold = counted.count()
    const first = await list()
    // The latest change, the endpoints, and the window's figures in one statement (in a transaction of its
    // own): a few, not 60.
    expect(counted.count() - cold).toBeLessThanOrEqual(6)
    expect(first).toMatchObject({ total: 60, page: 1, pageSize: 25 })
    expect(ids(first).slice(0, 6)).toEqual([id(1), id(5), id(4), id(3), id(7), id(8)])
    expect(first.items.find((item) => item.id === id(4))?.health).toEqual({
      state: 'degraded',
      delivered: 2,
      failed: 0,
      retrying: 1,
      successRate: 2 / 3,
      lastDeliveryAt: ago(20).toISOString(),
      lastFailureAt: ago(10).toISOString(),
      lastFailureCode: 429,
    })
    expect(first.items[0]?.health).toMatchObject({
      state: 'failing',
      delivered: 1,
      failed: 1,
      lastFailureAt: ago(100).toISOString(),
      lastFailureCode: 502,
    })
    expect(first.items.find((item) => item.id === id(3))?.health).toMatchObject({
      state: 'healthy',
      lastFailureAt: ago(50).toISOString(),
      lastFailureCode: 503,
    })
    expect(first.items.find((item) => item.id === id(5))?.health).toMatchObject({
      state: 'failing',
      lastFailureCode: null,
    })
    const before = counted.count()
    await list({ sort: 'name', page: '3' })
    // The figures are kept while nothing changed: the latest change's seq, then the endpoints.
    expect(counted.count() - before).toBe(2)

    // Found from page 1 whatever its place: by URL, by the console's description, by owner; case aside.
    expect(ids(await list({ q: 'PAYROLL.example.NET' }))).toEqual([id(60)])
    expect(ids(await list({ q: 'payroll', sort: 'name' }))).toEqual([id(2), id(60)])
    expect(ids(await list({ q: 'zoe martin' }))).toEqual([id(2)])
    expect(ids(await list({ q: 'acme-paie' }))).toEqual([id(2)])
    expect(ids(await list({ q: '100%' }))).toEqual([])
    expect(ids(await list({ status: 'suspended' }))).toEqual([id(11)])
    expect(ids(await list({ topic: 'employee.deleted' }))).toEqual([id(12)])
    const failing = await list({ health: 'failing' })
    expect([ids(failing), failing.total]).toEqual([[id(1), id(5)], 2])
    expect((await list({ health: 'degraded,healthy' })).total).toBe(6)
    expect((await list({ health: 'quiet' })).total).toBe(52)

    const third = await list({ sort: 'name', page: '3' })
    expect([ids(third), third.total]).toEqual([Array.from({ length: 10 }, (_, i) => id(51 + i)), 60])
    expect(ids(await list({ sort: 'created', pageSize: '2' }))).toEqual([id(1), id(2)])
    expect(ids(await list({ sort: '-created', pageSize: '2' }))).toEqual([id(60), id(59)])
    expect(ids(await list({ sort: 'lastDelivery', pageSize: '3' }))).toEqual([id(7), id(8), id(9)])
    expect(ids(await list({ sort: 'lastFailure', pageSize: '4' }))).toEqual([id(4), id(3), id(1), id(5)])

    expect(first.items.find((item) => item.id === id(2))).toMatchObject({
      origin: 'console',
      description: 'Sends new hires to the PAYROLL tool',
      ownerName: 'Zoe Martin',
    })
    expect(first.items[0]).toMatchObject({
      origin: 'outside',
      url: 'https://acme.ilucca.net/lucca-api/webhook-endpoints/ep-01',
      createdAt: '2026-01-01T00:00:00.000Z',
    })
    expect(await view.summary('acme', id(1))).toEqual(first.items[0])
    expect(await view.summary('acme', 'gone')).toBeNull()
    expect(await view.summary('acme', 'theirs')).toBeNull()
  })

  test('a delivery written into the history counts at the next read, kept figures aside', async () => {
    const { db } = await fresh()
    await seedEndpoint(db, 'acme', { id: 'ep-1' })
    const view = new EndpointsView(db, () => NOW)
    const health = async () =>
      (await view.list('acme', EndpointsQuerySchema.parse({}))).items[0]?.health.state
    expect(await health()).toBe('quiet')
    const api = 'https://acme.ilucca.net/lucca-api'
    await new HistoryWriter(db, 'acme').deliveries(
      [
        {
          id: 'd-1',
          type: 'webhook-delivery',
          url: `${api}/webhook-deliveries/d-1`,
          status: 'delivered',
          attemptsCount: 1,
          nextAttemptAt: null,
          event: { id: 'e-1', type: 'event', url: `${api}/events/e-1` },
          webhookEndpoint: { id: 'ep-1', type: 'webhook-endpoint', url: `${api}/webhook-endpoints/ep-1` },
        },
      ],
      {},
      ago(1),
    )
    expect(await health()).toBe('healthy')
  })
})
