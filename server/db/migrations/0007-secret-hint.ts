import { sql, type Kysely } from 'kysely'

// An endpoint made here shows when its signing secret was issued (created_at) and its last 4 characters, so an
// admin can tell which secret a receiver holds. Never the whole secret: Lucca shows it once, and so do we.
// Endpoints recorded before (0004's backfill, or made before this) keep null: their secret was not kept.
/** @public Kysely's Migrator calls it (migrate.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table console_created_endpoints add column secret_last4 text`.execute(db)
}
