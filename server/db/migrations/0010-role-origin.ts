import { sql, type Kysely } from 'kysely'

// Company sign-in (issue 17): the group of the provider's that gave a company user their role, at their
// last sign-in or recheck, for the Users page ("from group HR-Integrations-Admins"). Null for local users,
// and for company users until their next sign-in or recheck.
/** @public Kysely's Migrator calls it (migrate.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users add column role_group text`.execute(db)
}
