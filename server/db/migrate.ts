import { sql, type Kysely } from 'kysely'
import { Migrator, type Migration } from 'kysely/migration'
import * as consoleState from './migrations/0001-console-state.ts'
import * as legacyImports from './migrations/0002-legacy-imports.ts'
import * as history from './migrations/0003-history.ts'
import * as consoleCreatedBackfill from './migrations/0004-console-created-backfill.ts'
import * as alerts from './migrations/0005-alerts.ts'
import * as historyStats from './migrations/0006-history-stats.ts'
import * as secretHint from './migrations/0007-secret-hint.ts'
import * as oidcSessions from './migrations/0008-oidc-sessions.ts'
import * as oidcSessionAccounts from './migrations/0009-oidc-session-accounts.ts'
import * as roleOrigin from './migrations/0010-role-origin.ts'

// Listed here, not read from a folder: what runs is what was built and reviewed, in this order.
const migrations: Record<string, Migration> = {
  '0001-console-state': consoleState,
  '0002-legacy-imports': legacyImports,
  '0003-history': history,
  '0004-console-created-backfill': consoleCreatedBackfill,
  '0005-alerts': alerts,
  '0006-history-stats': historyStats,
  '0007-secret-hint': secretHint,
  '0008-oidc-sessions': oidcSessions,
  '0009-oidc-session-accounts': oidcSessionAccounts,
  '0010-role-origin': roleOrigin,
}

// Any fixed number: it names the lock every replica takes before migrating.
const MIGRATION_LOCK = 20261201

/**
 * Brings the schema up to date at start. Each migration runs in its own transaction, forward only; two
 * replicas starting at once take turns on a PostgreSQL advisory lock, so the second finds nothing to do.
 */
export async function migrate(db: Kysely<unknown>): Promise<string[]> {
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`.execute(connection)
    try {
      const migrator = new Migrator({
        db: connection,
        provider: { getMigrations: () => Promise.resolve(migrations) },
      })
      const { error, results = [] } = await migrator.migrateToLatest()
      if (error) throw error instanceof Error ? error : new Error(String(error))
      return results.filter((result) => result.status === 'Success').map((result) => result.migrationName)
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`.execute(connection)
    }
  })
}
