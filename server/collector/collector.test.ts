import { afterEach, describe, expect, test } from 'vitest'
import { bothEngines } from '../../testing/databases.ts'
import { collectorRig, type CollectorRig } from '../../testing/collector-harness.ts'

const engines = bothEngines()
let rig: CollectorRig | undefined
afterEach(async () => {
  await rig?.close()
  rig = undefined
})

async function lucca(rig: CollectorRig, method: string, path: string, body?: unknown) {
  const token = await rig.emulator.app.inject({
    method: 'POST',
    url: '/connect/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'grant_type=client_credentials&client_id=console-dev&client_secret=console-dev-secret',
  })
  const response = await rig.emulator.app.inject({
    method: method as 'GET',
    url: path,
    headers: {
      authorization: `Bearer ${(token.json() as { access_token: string }).access_token}`,
      'api-version': '2024-11-01',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  })
  return response.json() as Record<string, unknown>
}

describe.each(engines)('the collector on %s', (_name, fresh) => {
  test('reads every endpoint, delivery and attempt into the history, and what changes after', async () => {
    const database = await fresh()
    rig = await collectorRig(database.db)
    const ids: string[] = []
    for (let i = 1; i <= 3; i += 1) {
      const created = await lucca(rig, 'POST', '/lucca-api/webhook-endpoints', {
        name: `Receiver ${i}`,
        // Nothing listens there: every attempt fails with a refused connection.
        webhookUrl: `http://127.0.0.1:9/hooks/${i}`,
        topics: ['employee.created'],
        status: 'active',
      })
      ids.push(String(created.id))
    }
    for (let i = 0; i < 5; i += 1)
      await rig.emulator.app.inject({
        method: 'POST',
        url: '/_emulator/events',
        payload: { topic: 'employee.created', data: { id: 1000 + i, firstName: 'Camille' } },
      })
    rig.start()
    await rig.driven.runFor(3 * 60_000)
    const { db } = database
    const endpoints = await db.selectFrom('lucca_endpoints').select(['id', 'status']).execute()
    expect(endpoints.map((row) => row.id).sort()).toEqual([...ids].sort())
    const deliveries = await db.selectFrom('lucca_deliveries').selectAll().execute()
    expect(deliveries).toHaveLength(15)
    expect(new Set(deliveries.map((row) => row.resource_id))).toEqual(
      new Set(['1000', '1001', '1002', '1003', '1004']),
    )
    const attempts = await db.selectFrom('lucca_attempts').select(['id']).execute()
    expect(attempts.length).toBe(await attemptCount(rig))
    const state = await db.selectFrom('collector_state').select('state').executeTakeFirstOrThrow()
    expect((state.state as { public: { phase: string } }).public.phase).toBe('up-to-date')
  })
})

async function attemptCount(rig: CollectorRig): Promise<number> {
  const page = await lucca(rig, 'GET', '/lucca-api/webhook-delivery-attempts?limit=0&include=totalCount')
  return Number(page.totalCount)
}
