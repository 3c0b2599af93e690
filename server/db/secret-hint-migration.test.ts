import { sql, type Kysely } from 'kysely'
import { describe, expect, test } from 'vitest'
import { bothEngines } from '../../testing/databases.ts'
import { up } from './migrations/0007-secret-hint.ts'

const engines = bothEngines()

describe.each(engines)('on %s', (_name, fresh) => {
  test(
    'endpoints recorded before keep their date and have no end of secret',
    { timeout: 60_000 },
    async () => {
      const { db } = await fresh()
      // Back to 0006's schema, with a row in it, then 0007 as Migrator runs it.
      await sql`alter table console_created_endpoints drop column secret_last4`.execute(db)
      const at = new Date(Date.UTC(2026, 0, 5))
      await sql`insert into console_created_endpoints (account_id, endpoint_id, created_at, created_by)
      values ('acme', '26', ${at}, 'ada')`.execute(db)
      await up(db as Kysely<unknown>)
      const rows = await db.selectFrom('console_created_endpoints').selectAll().execute()
      expect(rows).toEqual([
        { account_id: 'acme', endpoint_id: '26', created_at: at, created_by: 'ada', secret_last4: null },
      ])
    },
  )
})
