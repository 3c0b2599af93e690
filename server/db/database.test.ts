import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startPostgres, type TestPostgres } from '../../testing/postgres.ts'
import { openDatabase } from './database.ts'

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
