import { sql, type Kysely } from 'kysely'

// Company sign-in with groups per Lucca account (issue 17, OIDC_ACCOUNT_GROUPS_<ACCOUNT>): the accounts a
// company session may use, as a JSON array of account ids, set at sign-in and at every recheck. Null (the
// sessions made before this migration) until their next recheck: every account, as before.
/** @public Kysely's Migrator calls it (migrate.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table oidc_sessions add column accounts text`.execute(db)
}
