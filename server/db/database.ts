import { join } from 'node:path'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { startEmbeddedEngine, type EmbeddedEngine } from './embedded-engine.ts'
import { isDatabaseUnavailable } from './errors.ts'
import { migrate } from './migrate.ts'
import type { Tables } from './schema.ts'

export type Database = Kysely<Tables>

export interface OpenDatabase {
  db: Database
  engine: 'postgresql' | 'embedded'
  close(): Promise<void>
}

interface DatabaseOptions {
  /** `postgres://…` (TLS through `sslmode`, `sslrootcert`… in the URL); none: the embedded engine. */
  url?: string | undefined
  dataDir: string
  /** Connections per replica on PostgreSQL. */
  poolSize?: number
}

/**
 * The one place that knows which engine runs: PostgreSQL when a URL is given, else the embedded engine
 * under DATA_DIR. Migrates before anything else reads it.
 */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  let embedded: EmbeddedEngine | null = null
  let pool: pg.Pool
  if (options.url) {
    pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
    })
  } else {
    embedded = await startEmbeddedEngine(join(options.dataDir, 'database'))
    pool = new pg.Pool({
      host: embedded.socketDir,
      port: embedded.port,
      user: 'postgres',
      database: 'postgres',
      max: 1,
    })
  }
  // An idle connection that breaks (PostgreSQL restarted) is dropped by the pool; a request that meets it fails.
  pool.on('error', () => undefined)
  // So does one that breaks while a request holds it between two queries: node-postgres then emits 'error' on
  // the client, which the pool only listens to while the client is idle. Unheard, it would end the process.
  // The request's next query fails (database-unavailable) and the pool drops the client when it is released.
  pool.on('connect', (client) => client.on('error', () => undefined))
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) })
  const close = async () => {
    await db.destroy()
    await embedded?.close()
  }
  try {
    await migrate(db as Kysely<unknown>)
  } catch (error) {
    await close()
    throw options.url && isDatabaseUnavailable(error) ? new DatabaseUnreachable(options.url, error) : error
  }
  return { db, engine: embedded ? 'embedded' : 'postgresql', close }
}

/** PostgreSQL did not answer at start: said in words, with where it was looked for but not the password. */
export class DatabaseUnreachable extends Error {
  override name = 'DatabaseUnreachable'
  constructor(url: string, cause: unknown) {
    const where = new URL(url)
    where.password = ''
    const reason =
      cause instanceof Error ? ('code' in cause && String(cause.code)) || cause.message : String(cause)
    super(
      `Cannot reach PostgreSQL at ${where.host}${where.pathname} (${reason}). ` +
        'Check DATABASE_URL, and that the server is running and accepts connections from here.',
      { cause },
    )
  }
}
