import type { Kysely } from 'kysely'

// What was imported from the file stores of earlier versions (users.json, sessions/, audit.jsonl): a file is
// imported once, even if the console stops between the import and renaming the file aside.
/** @public Kysely's Migrator calls it (migrate.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('legacy_imports')
    .addColumn('file', 'text', (column) => column.primaryKey())
    .addColumn('rows', 'integer', (column) => column.notNull())
    .addColumn('imported_at', 'timestamptz', (column) => column.notNull())
    .execute()
}
