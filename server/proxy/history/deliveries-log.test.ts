import { describe, expect, test } from 'vitest'
import type { DeliveriesFilters, DeliveryRow } from '../../../contract/console-history-api.ts'
import { bothEngines } from '../../../testing/databases.ts'
import { seedDelivery, seedEndpoint } from '../../../testing/history-seed.ts'
import { DeliveriesLog } from './deliveries-log.ts'

const engines = bothEngines()
const T0 = Date.parse('2026-03-10T12:00:00Z')
const minute = (n: number) => new Date(T0 + n * 60_000)

describe.each(engines)('on %s', (_name, fresh) => {
  test(
    'the log pages newest first with no gap or repeat while deliveries arrive',
    { timeout: 60_000 },
    async () => {
      const { db } = await fresh()
      await seedEndpoint(db, 'acme', {
        id: 'ep-a',
        name: 'Payroll',
        webhookUrl: 'https://pay.example.com/hook',
      })
      const seeded: string[] = []
      for (let n = 0; n < 20; n += 1) {
        // Two at each minute: their order is the id's.
        const row = await seedDelivery(db, 'acme', {
          id: `d-${String(n).padStart(2, '0')}`,
          endpointId: 'ep-a',
          createdAt: minute(Math.floor(n / 2)),
        })
        seeded.push(row.id)
      }
      // Three within one millisecond: only the microseconds tell them apart.
      for (const [id, us] of [
        ['m-1', '123100'],
        ['m-2', '123900'],
        ['m-3', '123500'],
      ] as const) {
        await seedDelivery(db, 'acme', {
          id,
          endpointId: 'ep-a',
          createdAt: minute(30),
          createdAtText: `2026-03-10T12:30:00.${us}Z`,
        })
      }
      await seedDelivery(db, 'other', { id: 'theirs', endpointId: 'ep-a', createdAt: minute(5) })
      // An endpoint deleted since: its deliveries stay, marked.
      await seedEndpoint(db, 'acme', { id: 'ep-gone', name: 'Old intranet', goneAt: minute(50) })
      await seedDelivery(db, 'acme', { id: 'g-1', endpointId: 'ep-gone', createdAt: minute(-1) })
      const log = new DeliveriesLog(db)
      const expected = ['m-2', 'm-3', 'm-1', ...seeded.toReversed(), 'g-1']

      const seen: DeliveryRow[] = []
      let cursor: string | undefined
      let arrivals = 0
      do {
        const page = await log.page('acme', { limit: 4, cursor })
        if (!page) throw new Error('cursor refused')
        seen.push(...page.items)
        cursor = page.next ?? undefined
        // New deliveries keep arriving, newer than any page read so far.
        await seedDelivery(db, 'acme', {
          id: `new-${(arrivals += 1)}`,
          endpointId: 'ep-a',
          createdAt: minute(60 + arrivals),
        })
      } while (cursor)
      expect(seen.map((row) => row.id)).toEqual(expected)
      expect(seen[0]).toMatchObject({
        endpointName: 'Payroll',
        endpointWebhookUrl: 'https://pay.example.com/hook',
        endpointDeleted: false,
        createdAt: '2026-03-10T12:30:00.123Z',
        url: 'https://acme.ilucca.net/lucca-api/webhook-deliveries/m-2',
      })
      expect(seen.at(-1)).toMatchObject({ endpointName: 'Old intranet', endpointDeleted: true })
      expect(await log.page('acme', { limit: 4, cursor: 'bm90LW91cnM' })).toBeUndefined()
      expect(
        await log.page('acme', { limit: 4, cursor: Buffer.from('["yesterday","x"]').toString('base64url') }),
      ).toBeUndefined()
    },
  )

  test(
    'filters by endpoint, topic, status, code, dates, event and resource',
    { timeout: 60_000 },
    async () => {
      const { db } = await fresh()
      const seed = (id: string, extra: Partial<Parameters<typeof seedDelivery>[2]>) =>
        seedDelivery(db, 'acme', { id, endpointId: 'ep-a', createdAt: minute(0), ...extra })
      await seed('ok', { createdAt: minute(1), resourceId: '416', eventId: 'ev-1' })
      await seed('other-endpoint', { endpointId: 'ep-b', createdAt: minute(2), topic: 'employee.updated' })
      await seed('refused', {
        status: 'failed',
        attemptsCount: 3,
        lastStatusCode: 500,
        createdAt: minute(3),
        resourceId: '416',
      })
      await seed('timeout', {
        status: 'undelivered',
        attemptsCount: 1,
        lastStatusCode: null,
        createdAt: minute(4),
      })
      await seed('pending', {
        status: 'undelivered',
        attemptsCount: 0,
        createdAt: minute(5),
        eventId: 'ev-1',
      })
      const log = new DeliveriesLog(db)
      const ids = async (filters: DeliveriesFilters) =>
        (await log.page('acme', { ...filters, limit: 50 }))?.items.map((row) => row.id)

      expect(await ids({})).toEqual(['pending', 'timeout', 'refused', 'other-endpoint', 'ok'])
      expect(await ids({ endpoint: 'ep-b' })).toEqual(['other-endpoint'])
      expect(await ids({ topic: 'employee.updated' })).toEqual(['other-endpoint'])
      expect(await ids({ status: ['failed', 'undelivered'] })).toEqual(['pending', 'timeout', 'refused'])
      expect(await ids({ code: '500' })).toEqual(['refused'])
      expect(await ids({ code: '200' })).toEqual(['other-endpoint', 'ok'])
      expect(await ids({ code: 'none' })).toEqual(['timeout'])
      expect(await ids({ from: minute(2).toISOString(), to: minute(4).toISOString() })).toEqual([
        'refused',
        'other-endpoint',
      ])
      expect(await ids({ event: 'ev-1' })).toEqual(['pending', 'ok'])
      expect(await ids({ resource: '416' })).toEqual(['refused', 'ok'])
      expect(await ids({ resource: '416', status: ['delivered'] })).toEqual(['ok'])

      const exported: string[] = []
      for await (const row of log.all('acme', { status: ['undelivered', 'failed'] }, 2)) exported.push(row.id)
      expect(exported).toEqual(['pending', 'timeout'])
      expect(await log.exceeds('acme', { status: ['undelivered', 'failed'] }, 2)).toBe(true)
      expect(await log.exceeds('acme', { status: ['undelivered', 'failed'] }, 3)).toBe(false)
    },
  )
})
