import { sql, type Kysely } from 'kysely'

// Company sign-in (issue 17): what the provider gave a console session, kept server-side only, to recheck
// the user with a refresh token and to sign them out there. Goes with its session (cascade), so every way a
// session ends (sign-out, expiry, "end sessions", an epoch bump) drops the tokens too.
/** @public Kysely's Migrator calls it (migrate.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table oidc_sessions (
      session_id_hash text primary key references sessions (id_hash) on delete cascade,
      sub text not null,
      sid text,
      id_token text not null,
      refresh_token text,
      recheck_at timestamptz not null
    )`.execute(db)
  await sql`create index oidc_sessions_by_sid on oidc_sessions (sid)`.execute(db)
  await sql`create index oidc_sessions_by_sub on oidc_sessions (sub)`.execute(db)
}
