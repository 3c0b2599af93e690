import { sql } from 'kysely'
import { describe, expect, test } from 'vitest'
import { bothEngines } from '../../../testing/databases.ts'
import { seedAttempt, seedDelivery, seedEndpoint } from '../../../testing/history-seed.ts'
import { deliveryStats } from './delivery-stats.ts'

const engines = bothEngines()
// 14:30 UTC: the 24 h span's last bucket is 14:00–15:00, its first yesterday 15:00–16:00.
const NOW = Date.parse('2026-03-10T14:30:00Z')
const at = (iso: string) => new Date(iso)

describe.each(engines)('on %s', (_name, fresh) => {
  test(
    'each bucket counts its deliveries, attempts and times; empty ones are there at zero',
    { timeout: 60_000 },
    async () => {
      const { db } = await fresh()
      await seedEndpoint(db, 'acme', { id: 'ep-a' })
      await seedEndpoint(db, 'acme', { id: 'ep-b' })
      // 13:00–14:00: two delivered (1 s and 3 s after creation), one failed after a 500 and a timeout.
      await seedDelivery(db, 'acme', {
        endpointId: 'ep-a',
        createdAt: at('2026-03-10T13:05:00Z'),
        deliveredAt: at('2026-03-10T13:05:01Z'),
      })
      await seedDelivery(db, 'acme', {
        endpointId: 'ep-a',
        createdAt: at('2026-03-10T13:59:59Z'),
        deliveredAt: at('2026-03-10T14:00:02Z'),
      })
      const failed = await seedDelivery(db, 'acme', {
        endpointId: 'ep-b',
        status: 'failed',
        attemptsCount: 2,
        createdAt: at('2026-03-10T13:10:00Z'),
      })
      await seedAttempt(db, 'acme', {
        deliveryId: failed.id,
        createdAt: at('2026-03-10T13:10:00Z'),
        isSuccessful: false,
        statusCode: 500,
      })
      await seedAttempt(db, 'acme', {
        deliveryId: failed.id,
        createdAt: at('2026-03-10T14:10:00Z'),
        isSuccessful: false,
        statusCode: null,
      })
      // Now's bucket: one being retried, for ep-a, after a 404.
      const retried = await seedDelivery(db, 'acme', {
        endpointId: 'ep-a',
        status: 'undelivered',
        attemptsCount: 1,
        createdAt: at('2026-03-10T14:20:00Z'),
      })
      await seedAttempt(db, 'acme', {
        deliveryId: retried.id,
        createdAt: at('2026-03-10T14:20:00Z'),
        isSuccessful: false,
        statusCode: 404,
      })
      // Outside the span (yesterday 14:59) and another account's: not counted.
      await seedDelivery(db, 'acme', { endpointId: 'ep-a', createdAt: at('2026-03-09T14:59:00Z') })
      await seedDelivery(db, 'other', { endpointId: 'ep-a', createdAt: at('2026-03-10T13:30:00Z') })

      const stats = await deliveryStats(db, 'acme', { range: '24h' }, NOW)
      expect(stats.bucketMs).toBe(3_600_000)
      expect(stats.buckets).toHaveLength(24)
      expect(stats.buckets[0]).toEqual({
        from: '2026-03-09T15:00:00.000Z',
        to: '2026-03-09T16:00:00.000Z',
        delivered: 0,
        failing: 0,
        failed: 0,
        successRate: null,
        attempts: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, none: 0 },
        timeToDeliveryMs: { p50: null, p95: null },
      })
      const [thirteen, fourteen] = stats.buckets.slice(-2)
      expect(thirteen).toMatchObject({
        from: '2026-03-10T13:00:00.000Z',
        to: '2026-03-10T14:00:00.000Z',
        delivered: 2,
        failing: 0,
        failed: 1,
        attempts: { '2xx': 0, '4xx': 0, '5xx': 1, none: 0 },
        timeToDeliveryMs: { p50: 2000, p95: 2900 },
      })
      expect(thirteen?.successRate).toBeCloseTo(2 / 3)
      expect(fourteen).toMatchObject({
        to: '2026-03-10T15:00:00.000Z',
        delivered: 0,
        failing: 1,
        successRate: 0,
        attempts: { '4xx': 1, none: 1 },
      })
      expect(stats.buckets.slice(1, -2).every((bucket) => bucket.delivered + bucket.failed === 0)).toBe(true)
      expect(stats.topCodes).toEqual([
        { code: '404', count: 1 },
        { code: '500', count: 1 },
        { code: 'none', count: 1 },
      ])

      const onlyA = await deliveryStats(db, 'acme', { range: '24h', endpoint: 'ep-a' }, NOW)
      expect(onlyA.buckets.at(-2)).toMatchObject({ delivered: 2, failed: 0, attempts: { '5xx': 0 } })
      expect(onlyA.buckets.at(-1)).toMatchObject({ failing: 1, attempts: { '4xx': 1, none: 0 } })
      expect(onlyA.topCodes).toEqual([{ code: '404', count: 1 }])

      // A week in 6-hour buckets ending with 12:00–18:00 today; 90 days in days ending with today.
      const week = await deliveryStats(db, 'acme', { range: '7d' }, NOW)
      expect(week.buckets).toHaveLength(28)
      expect(week.buckets.at(-1)).toMatchObject({
        from: '2026-03-10T12:00:00.000Z',
        delivered: 2,
        failed: 1,
        failing: 1,
      })
      expect(week.buckets.at(-2)).toMatchObject({ from: '2026-03-10T06:00:00.000Z', delivered: 0 })
      const quarter = await deliveryStats(db, 'acme', { range: '90d' }, NOW)
      expect(quarter.buckets).toHaveLength(90)
      expect(quarter.buckets[0]?.from).toBe('2025-12-11T00:00:00.000Z')
      expect(quarter.buckets.at(-1)).toMatchObject({ from: '2026-03-10T00:00:00.000Z', delivered: 2 })
      expect(quarter.buckets.at(-2)).toMatchObject({ from: '2026-03-09T00:00:00.000Z', delivered: 1 })
    },
  )

  test('attempts are indexed by account and time (0006), for a span’s attempts', async () => {
    const { db } = await fresh()
    const { rows } = await sql<{ indexdef: string }>`
      select indexdef from pg_indexes where indexname = 'lucca_attempts_by_time'`.execute(db)
    expect(rows.map((row) => row.indexdef)).toEqual([
      expect.stringMatching(/ON (public\.)?lucca_attempts USING btree \(account_id, created_at\)$/),
    ])
  })
})
