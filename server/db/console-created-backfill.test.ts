import type { Kysely } from 'kysely'
import { describe, expect, test } from 'vitest'
import { bothEngines } from '../../testing/databases.ts'
import { up } from './migrations/0004-console-created-backfill.ts'

const engines = bothEngines()

describe.each(engines)('on %s', (_name, fresh) => {
  test(
    'endpoints the trail says the console created are marked as made here',
    { timeout: 60_000 },
    async () => {
      const { db } = await fresh()
      const at = (day: number) => new Date(Date.UTC(2026, 0, day))
      const audit = (
        day: number,
        values: { account?: string; action?: string; target: string; status?: number; by?: string },
      ) => ({
        at: at(day),
        username: values.by ?? 'ada',
        account_id: values.account ?? 'acme',
        account_label: 'Acme',
        action: (values.action ?? 'endpoint.create') as 'endpoint.create',
        target: values.target,
        target_label: null,
        status: values.status ?? 201,
      })
      await db
        .insertInto('audit')
        .values([
          audit(1, { target: 'webhook-endpoints/26' }),
          audit(2, { target: 'webhook-endpoints/26', by: 'bob' }), // the same id again: the first creation counts
          audit(3, { target: 'webhook-endpoints', status: 422 }), // refused: nothing was made
          audit(4, { target: 'webhook-endpoints/27', status: 502 }),
          audit(5, { target: 'webhook-endpoints/28', action: 'endpoint.update', status: 200 }),
          audit(6, { target: 'webhook-endpoints/26', account: 'globex' }),
          audit(7, { target: 'webhook-endpoints/29' }),
        ])
        .execute()
      await db
        .insertInto('console_created_endpoints')
        .values({ account_id: 'acme', endpoint_id: '29', created_at: at(8), created_by: 'carl' })
        .execute()
      await up(db as Kysely<unknown>) // as Migrator runs it, on a database that holds the trail
      const rows = await db
        .selectFrom('console_created_endpoints')
        .select(['account_id', 'endpoint_id', 'created_at', 'created_by'])
        .orderBy('account_id')
        .orderBy('endpoint_id')
        .execute()
      expect(rows).toEqual([
        { account_id: 'acme', endpoint_id: '26', created_at: at(1), created_by: 'ada' },
        { account_id: 'acme', endpoint_id: '29', created_at: at(8), created_by: 'carl' },
        { account_id: 'globex', endpoint_id: '26', created_at: at(6), created_by: 'ada' },
      ])
    },
  )
})
