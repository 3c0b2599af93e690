import { pino } from 'pino'
import { describe, expect, test } from 'vitest'
import type { HistoryChange } from '../../../contract/console-history-api.ts'
import { bothEngines } from '../../../testing/databases.ts'
import { eventually } from '../../../testing/eventually.ts'
import { seedChange } from '../../../testing/history-seed.ts'
import { countingQueries } from '../../../testing/query-counter.ts'
import { ChangeFeed, pruneChanges } from './change-feed.ts'

const engines = bothEngines()
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function collector() {
  const got: HistoryChange[] = []
  return { got, listener: (changes: readonly HistoryChange[]) => got.push(...changes) }
}

describe.each(engines)('on %s', (_name, fresh) => {
  test(
    'one read per tick for all of an account’s subscribers, only theirs, resumable',
    { timeout: 60_000 },
    async () => {
      const { db } = await fresh()
      const counted = countingQueries(db)
      const feed = new ChangeFeed(counted.db, pino({ level: 'silent' }), { intervalMs: 100 })
      try {
        const before = await seedChange(db, 'acme', { kind: 'delivery', id: 'd-0', endpointId: 'ep-1' })
        const tabs = Array.from({ length: 50 }, collector)
        const unsubscribe = await Promise.all(tabs.map((tab) => feed.subscribe('acme', null, tab.listener)))
        const theirs = collector()
        await feed.subscribe('other', null, theirs.listener)

        const start = counted.count()
        await sleep(1000)
        // Two accounts, a read each per 100 ms tick: at most ~20 in a second, whatever the 51 subscribers.
        expect(counted.count() - start).toBeLessThanOrEqual(24)

        const seq = await seedChange(db, 'acme', { kind: 'attempt', id: 'd-1', endpointId: 'ep-1' })
        await seedChange(db, 'acme', { kind: 'something-new', id: 'x' })
        const status = await seedChange(db, 'acme', { kind: 'endpoint', id: 'ep-1', status: 'suspended' })
        const expected = [
          { seq, kind: 'attempt', id: 'd-1', endpointId: 'ep-1' },
          { seq: status, kind: 'endpoint', id: 'ep-1', status: 'suspended' },
        ]
        await eventually(
          async () => {
            for (const tab of tabs) expect(tab.got).toEqual(expected)
          },
          10_000,
          50,
        )
        expect(theirs.got).toEqual([])

        // A stream that reconnects with the last id it had gets what it missed, then what comes.
        const back = collector()
        await feed.subscribe('acme', BigInt(before), back.listener)
        expect(back.got.map((change) => change.id)).toEqual(['d-1', 'ep-1'])
        const later = await seedChange(db, 'acme', { kind: 'delivery', id: 'd-2', endpointId: 'ep-1' })
        await eventually(async () => expect(back.got.at(-1)?.seq).toBe(later), 10_000, 50)
        expect(back.got).toHaveLength(3)
        expect(tabs[0]?.got).toHaveLength(3)

        // An id from the future (another database) starts from now.
        const future = collector()
        await feed.subscribe('acme', BigInt(later) + 1000n, future.listener)
        const next = await seedChange(db, 'acme', { kind: 'delivery', id: 'd-3', endpointId: 'ep-1' })
        await eventually(
          async () => expect(future.got.map((change) => change.seq)).toEqual([next]),
          10_000,
          50,
        )

        for (const stop of unsubscribe) stop()
        expect(tabs[0]?.got).toHaveLength(4)
      } finally {
        feed.close()
      }
      const idle = counted.count()
      await sleep(300)
      expect(counted.count()).toBe(idle) // nobody listens: no reads
    },
  )

  test('changes older than an hour are pruned', { timeout: 60_000 }, async () => {
    const { db } = await fresh()
    const now = Date.parse('2026-03-10T12:00:00Z')
    await seedChange(db, 'acme', { kind: 'delivery', id: 'old', at: new Date(now - 61 * 60_000) })
    await seedChange(db, 'acme', { kind: 'delivery', id: 'recent', at: new Date(now - 59 * 60_000) })
    expect(await pruneChanges(db, now)).toBe(1)
    const left = await db.selectFrom('history_changes').select('resource_id').execute()
    expect(left).toEqual([{ resource_id: 'recent' }])
  })
})
