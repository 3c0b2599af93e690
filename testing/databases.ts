import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'
import { openDatabase, type OpenDatabase } from '../server/db/database.ts'
import { freshDataDir } from './embedded-template.ts'
import { startPostgres, type TestPostgres } from './postgres.ts'

/** A database of its own for one test, with the console variables that point at it. */
interface FreshDatabase extends OpenDatabase {
  /** `DATABASE_URL` on PostgreSQL; nothing on the embedded engine (it lives in `dataDir`). */
  env: Record<string, string>
  dataDir: string
}

export type Engine = readonly [name: string, fresh: () => Promise<FreshDatabase>]

/**
 * Both engines, for `describe.each`: a real PostgreSQL (a throw-away cluster for this test file, one new
 * database per test) and the embedded engine (a new DATA_DIR per test). Call at the top of a test file.
 */
export function bothEngines(): readonly Engine[] {
  let postgres: TestPostgres | undefined
  let count = 0
  const opened: FreshDatabase[] = []
  const dirs: string[] = []
  beforeAll(async () => {
    postgres = await startPostgres()
  }, 60_000)
  afterAll(async () => {
    for (const database of opened) await database.close().catch(() => undefined)
    await postgres?.close()
    for (const dir of dirs) await rm(dir, { recursive: true, force: true })
  })
  const dataDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'console-db-'))
    dirs.push(dir)
    return dir
  }
  const track = (database: OpenDatabase, env: Record<string, string>, dir: string): FreshDatabase => {
    let closed = false
    const fresh = {
      ...database,
      env,
      dataDir: dir,
      close: async () => {
        if (closed) return
        closed = true
        await database.close()
      },
    }
    opened.push(fresh)
    return fresh
  }
  return [
    [
      'PostgreSQL',
      async () => {
        if (!postgres)
          throw new Error('PostgreSQL is not started yet: call bothEngines() at the top of the file')
        const name = `test_${process.pid}_${++count}`
        const admin = new pg.Client({ connectionString: postgres.url })
        await admin.connect()
        await admin.query(`create database ${name}`)
        await admin.end()
        const url = postgres.databaseUrl(name)
        const dir = await dataDir()
        return track(await openDatabase({ url, dataDir: dir }), { DATABASE_URL: url }, dir)
      },
    ],
    [
      'the embedded engine',
      async () => {
        const dir = await freshDataDir('console-db-')
        dirs.push(dir)
        return track(await openDatabase({ dataDir: dir }), {}, dir)
      },
    ],
  ]
}
