import { sql, type Kysely } from 'kysely'
import { describe, expect, test } from 'vitest'
import { bothEngines } from '../../testing/databases.ts'
import { up } from './migrations/0008-oidc-sessions.ts'

const engines = bothEngines()

describe.each(engines)('on %s', (_name, fresh) => {
  test(
    'sessions made before keep going, with no provider tokens; tokens go with their session',
    { timeout: 60_000 },
    async () => {
      const { db } = await fresh()
      // Back to 0007's schema, with a user and a session in it, then 0008 as Migrator runs it.
      await sql`drop table oidc_sessions`.execute(db)
      const at = new Date(Date.UTC(2026, 0, 5))
      await db.insertInto('users').values({ username: 'ada', role: 'admin', password_hash: 'x' }).execute()
      const session = { username: 'ada', account_id: 'acme', epoch: 0, created_at: at, last_seen_at: at }
      await db
        .insertInto('sessions')
        .values([
          { id_hash: 'old', ...session },
          { id_hash: 'company', ...session },
        ])
        .execute()
      await up(db as Kysely<unknown>)
      expect(await db.selectFrom('oidc_sessions').selectAll().execute()).toEqual([])
      await db
        .insertInto('oidc_sessions')
        .values({
          session_id_hash: 'company',
          sub: 's',
          sid: null,
          id_token: 't',
          refresh_token: 'r',
          recheck_at: at,
        })
        .execute()
      await db.deleteFrom('sessions').where('id_hash', '=', 'company').execute()
      expect(await db.selectFrom('oidc_sessions').selectAll().execute()).toEqual([])
      expect(await db.selectFrom('sessions').select('id_hash').execute()).toEqual([{ id_hash: 'old' }])
    },
  )
})
