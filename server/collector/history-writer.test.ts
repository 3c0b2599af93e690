import { describe, expect, test } from 'vitest'
import { bothEngines } from '../../testing/databases.ts'
import { HistoryWriter, type LuccaDelivery, type LuccaEndpoint } from './history-writer.ts'
import { writeThrough } from './write-through.ts'

const engines = bothEngines()
const api = 'https://acme.ilucca.net/lucca-api'
const endpoint = (id: string, status = 'active'): LuccaEndpoint => ({
  id,
  type: 'webhook-endpoint',
  url: `${api}/webhook-endpoints/${id}`,
  name: `Receiver ${id}`,
  webhookUrl: `https://hooks.example.com/${id}`,
  topics: ['employee.created'],
  status: status as LuccaEndpoint['status'],
  apiVersion: '2024-11-01',
  createdAt: '2026-03-01T10:00:00Z',
  lastUpdatedAt: '2026-03-01T10:00:00Z',
})
const delivery = (id: string, attemptsCount: number, status: LuccaDelivery['status']): LuccaDelivery => ({
  id,
  type: 'webhook-delivery',
  url: `${api}/webhook-deliveries/${id}`,
  status,
  attemptsCount,
  nextAttemptAt: null,
  event: { id: 'e1', type: 'event', url: `${api}/events/e1` },
  webhookEndpoint: { id: '1', type: 'webhook-endpoint', url: `${api}/webhook-endpoints/1` },
})

describe.each(engines)('the history writer on %s', (_name, fresh) => {
  test('an endpoint read again unchanged is no change; a new status is one', async () => {
    const { db } = await fresh()
    const writer = new HistoryWriter(db, 'acme')
    const now = new Date('2026-03-02T08:00:00Z')
    expect(await writer.endpoints([endpoint('1'), endpoint('2')], now)).toBe(2)
    expect(await writer.endpoints([endpoint('1'), endpoint('2')], now)).toBe(0)
    expect(await writer.endpoints([endpoint('1', 'suspended')], now)).toBe(1)
    const changes = await db.selectFrom('history_changes').select(['kind', 'resource_id', 'detail']).execute()
    expect(changes.map((change) => [change.kind, change.resource_id])).toEqual([
      ['endpoint', '1'],
      ['endpoint', '2'],
      ['endpoint', '1'],
    ])
    expect(changes[2]?.detail).toEqual({ status: 'suspended' })
  })

  test('an embedded delivery older than what is stored does not undo it', async () => {
    const { db } = await fresh()
    const writer = new HistoryWriter(db, 'acme')
    const now = new Date('2026-03-02T08:00:00Z')
    await writer.deliveries([delivery('d1', 2, 'delivered')], {}, now)
    expect(await writer.deliveries([delivery('d1', 1, 'undelivered')], {}, now)).toBe(0)
    const row = await db.selectFrom('lucca_deliveries').selectAll().executeTakeFirstOrThrow()
    expect([row.status, row.attempts_count]).toEqual(['delivered', 2])
  })

  test('what an admin creates through the console is in the history at once, without its secret', async () => {
    const { db } = await fresh()
    const created = { ...endpoint('7'), secret: 'whsec-shown-once-and-never-kept' }
    await writeThrough(
      db,
      'acme',
      { method: 'POST', path: '/webhook-endpoints', status: 201, body: Buffer.from(JSON.stringify(created)) },
      (error) => {
        throw error
      },
    )
    const row = await db.selectFrom('lucca_endpoints').selectAll().executeTakeFirstOrThrow()
    expect(row.id).toBe('7')
    expect(JSON.stringify(row.raw)).not.toContain('whsec')
    await writeThrough(
      db,
      'acme',
      { method: 'DELETE', path: '/webhook-endpoints/7', status: 204, body: null },
      (error) => {
        throw error
      },
    )
    const gone = await db.selectFrom('lucca_endpoints').select('gone_at').executeTakeFirstOrThrow()
    expect(gone.gone_at).not.toBeNull()
  })
})
