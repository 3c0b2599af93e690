import { sql } from 'kysely'
import { describe, expect, test } from 'vitest'
import { bothEngines } from '../../../testing/databases.ts'
import { AuditLog, type AuditWrite } from './audit-log.ts'

const engines = bothEngines()
const entry = (target: string, extra: Partial<AuditWrite> = {}): AuditWrite => ({
  username: 'admin',
  accountId: 'sandbox',
  accountLabel: 'Sandbox',
  action: 'endpoint.update',
  target,
  targetLabel: null,
  status: 200,
  ...extra,
})

describe.each(engines)('on %s', (_name, fresh) => {
  test('pages newest first, back to its first entry', { timeout: 60_000 }, async () => {
    const { db } = await fresh()
    let time = Date.parse('2026-11-23T10:00:00Z')
    const log = new AuditLog(db, 365, () => new Date((time += 1000)))
    const targets = Array.from({ length: 130 }, (_, index) => `webhook-endpoints/${index}`)
    for (const target of targets) await log.record(entry(target))
    const first = await log.list({}, 2, null)
    expect(first.items.map((item) => item.target)).toEqual(['webhook-endpoints/129', 'webhook-endpoints/128'])
    expect(first.items[0]).toMatchObject({ accountLabel: 'Sandbox', at: '2026-11-23T10:02:10.000Z' })
    const seen: string[] = []
    let before: string | null = null
    do {
      const page: Awaited<ReturnType<AuditLog['list']>> = await log.list({}, 50, before)
      seen.push(...page.items.map((item) => item.target))
      before = page.nextBefore
    } while (before)
    expect(seen).toEqual(targets.toReversed())
  })

  test(
    'filters by who, action, account and day; the export reads them all',
    { timeout: 60_000 },
    async () => {
      const { db } = await fresh()
      let now = new Date('2026-11-20T23:59:59Z')
      const log = new AuditLog(db, 365, () => now)
      await log.record(entry('webhook-endpoints/1', { username: 'olga' }))
      now = new Date('2026-11-21T00:00:00Z')
      await log.record(entry('webhook-endpoints/2', { action: 'endpoint.delete', accountId: 'prod' }))
      now = new Date('2026-11-22T12:00:00Z')
      await log.record(entry('users/olga', { action: 'user.role' }))
      const targets = async (filters: Parameters<AuditLog['list']>[0]) =>
        (await log.list(filters, 50, null)).items.map((item) => item.target)
      expect(await targets({ username: 'olga' })).toEqual(['webhook-endpoints/1'])
      expect(await targets({ action: 'endpoint.delete' })).toEqual(['webhook-endpoints/2'])
      expect(await targets({ accountId: 'prod' })).toEqual(['webhook-endpoints/2'])
      expect(await targets({ from: '2026-11-21', to: '2026-11-21' })).toEqual(['webhook-endpoints/2'])
      expect(await targets({ to: '2026-11-20' })).toEqual(['webhook-endpoints/1'])
      const all: string[] = []
      for await (const item of log.all({ from: '2026-11-21' })) all.push(item.target)
      expect(all).toEqual(['users/olga', 'webhook-endpoints/2'])
    },
  )

  test('a target is labelled with the name last recorded for it', { timeout: 60_000 }, async () => {
    const { db } = await fresh()
    const log = new AuditLog(db, 365)
    expect(await log.labelOf('sandbox', 'webhook-endpoints/7')).toBeNull()
    await log.record(entry('webhook-endpoints/7', { targetLabel: 'Payroll' }))
    await log.record(entry('webhook-endpoints/7', { targetLabel: 'Payroll sync' }))
    await log.record(entry('webhook-endpoints/7', { action: 'endpoint.delete' }))
    expect(await log.labelOf('sandbox', 'webhook-endpoints/7')).toBe('Payroll sync')
    expect(await log.labelOf('other', 'webhook-endpoints/7')).toBeNull()
  })

  test(
    'the sweep removes only entries past the retention; no row can be changed',
    { timeout: 60_000 },
    async () => {
      const { db } = await fresh()
      let now = new Date('2026-01-01T00:00:00Z')
      const log = new AuditLog(db, 30, () => now)
      await log.record(entry('webhook-endpoints/old'))
      now = new Date('2026-01-20T00:00:00Z')
      await log.record(entry('webhook-endpoints/recent'))
      now = new Date('2026-02-05T00:00:00Z')
      expect(await log.sweep()).toBe(1)
      expect((await log.list({}, 10, null)).items.map((item) => item.target)).toEqual([
        'webhook-endpoints/recent',
      ])
      await expect(sql`update audit set status = 500`.execute(db)).rejects.toThrow(/append-only/)
    },
  )
})
