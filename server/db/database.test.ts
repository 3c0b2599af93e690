import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startPostgres, type TestPostgres } from '../../testing/postgres.ts'
import { openDatabase } from './database.ts'
import { isDatabaseUnavailable } from './errors.ts'

let postgres: TestPostgres
let dataDir: string
beforeAll(async () => {
  postgres = await startPostgres()
  dataDir = await mkdtemp(join(tmpdir(), 'console-db-test-'))
}, 60_000)
afterAll(async () => {
  await postgres.close()
  await rm(dataDir, { recursive: true, force: true })
})

const engines = [
  ['PostgreSQL', () => openDatabase({ url: postgres.url, dataDir })],
  ['the embedded engine', () => openDatabase({ dataDir })],
] as const

test(
  'two replicas starting at once on PostgreSQL migrate once, and both see the schema',
  { timeout: 60_000 },
  async () => {
    const replicas = await Promise.all([0, 1].map(() => openDatabase({ url: postgres.url, dataDir })))
    try {
      for (const { db } of replicas) {
        const tables = await sql<{
          name: string
        }>`select tablename as name from pg_tables where schemaname = 'public'`.execute(db)
        expect(tables.rows.map((row) => row.name)).toEqual(
          expect.arrayContaining(['users', 'sessions', 'audit', 'endpoint_notes']),
        )
      }
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()))
    }
  },
)

test(
  'a second console on the same embedded database is refused, and told to use PostgreSQL',
  { timeout: 60_000 },
  async () => {
    const first = await openDatabase({ dataDir })
    try {
      await expect(openDatabase({ dataDir })).rejects.toThrow(/in use by another console.*DATABASE_URL/)
    } finally {
      await first.close()
    }
    const again = await openDatabase({ dataDir }) // once closed, its files are free
    await again.close()
  },
)

describe.each(engines)('on %s', (_name, open) => {
  test('the audit trail refuses an update', { timeout: 60_000 }, async () => {
    const { db, close } = await open()
    try {
      const row = await db
        .insertInto('audit')
        .values({
          at: new Date(),
          username: 'ada',
          account_id: 'a',
          account_label: 'A',
          action: 'endpoint.create',
          target: 'x',
          target_label: null,
          status: 201,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await expect(
        db.updateTable('audit').set({ status: 500 }).where('id', '=', row.id).execute(),
      ).rejects.toThrow(/append-only/)
    } finally {
      await close()
    }
  })
})

test(
  'a connection that breaks while a request holds it fails that request, not the process',
  { timeout: 60_000 },
  async () => {
    // PostgreSQL restarting (or an admin's pg_terminate_backend) ends connections the pool has handed out;
    // node-postgres then emits 'error' on the client, which crashed the console when nothing listened.
    const { db, close } = await openDatabase({ url: postgres.url, dataDir })
    const uncaught: unknown[] = []
    const keep = (error: unknown) => uncaught.push(error)
    process.on('uncaughtException', keep)
    try {
      const failed = await db
        .connection()
        .execute(async (held) => {
          const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(held)
          const other = await openDatabase({ url: postgres.url, dataDir })
          await sql`select pg_terminate_backend(${rows[0]?.pid})`.execute(other.db)
          await other.close()
          // Held between two queries, as in a transaction or between acquiring and querying.
          await new Promise((resolve) => setTimeout(resolve, 500))
          await sql`select 1`.execute(held)
        })
        .then(
          () => null,
          (error: unknown) => error,
        )
      expect(isDatabaseUnavailable(failed), String(failed)).toBe(true)
      expect(uncaught).toEqual([])
      // The broken connection was dropped, not handed to the next request.
      expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([{ one: 1 }])
    } finally {
      process.off('uncaughtException', keep)
      await close()
    }
  },
)
