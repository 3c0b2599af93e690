import { sql, type Kysely } from 'kysely'

// Users, sessions, the audit trail and the console's own notes on endpoints (issue 13). Forward only: a
// later change is a new migration, never an edit of this one.
/** @public Kysely's Migrator calls it (migrate.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('username', 'text', (column) => column.primaryKey())
    .addColumn('password_hash', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull().check(sql`role in ('viewer', 'admin')`))
    .addColumn('session_epoch', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (column) => column.primaryKey())
    .addColumn('username', 'text', (column) =>
      column.notNull().references('users.username').onDelete('cascade'),
    )
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('epoch', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('last_seen_at', 'timestamptz', (column) => column.notNull())
    .execute()
  await db.schema.createIndex('sessions_by_user').on('sessions').column('username').execute()

  await db.schema
    .createTable('audit')
    .addColumn('id', 'bigserial', (column) => column.primaryKey())
    .addColumn('at', 'timestamptz', (column) => column.notNull())
    .addColumn('username', 'text', (column) => column.notNull())
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('account_label', 'text', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('target', 'text', (column) => column.notNull())
    .addColumn('target_label', 'text')
    .addColumn('status', 'integer', (column) => column.notNull())
    .execute()
  await db.schema.createIndex('audit_by_time').on('audit').columns(['at', 'id']).execute()
  // Append-only: nothing may change a row once written. Only the retention sweep removes old ones.
  await sql`
    create function audit_is_append_only() returns trigger language plpgsql as $$
    begin raise exception 'the audit trail is append-only'; end $$
  `.execute(db)
  await sql`
    create trigger audit_append_only before update on audit
    for each row execute function audit_is_append_only()
  `.execute(db)

  await db.schema
    .createTable('endpoint_notes')
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('endpoint_id', 'text', (column) => column.notNull())
    .addColumn('description', 'text')
    .addColumn('owner_name', 'text')
    .addColumn('owner_email', 'text')
    .addColumn('notes', 'text')
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('endpoint_notes_pk', ['account_id', 'endpoint_id'])
    .execute()
}
