import { sql, type Kysely } from 'kysely'

// The endpoints this console created before it kept console_created_endpoints (0003): its audit trail tells
// of their creation, as far back as the trail's retention, so they are not shown as made outside.
/** @public Kysely's Migrator calls it (migrate.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    insert into console_created_endpoints (account_id, endpoint_id, created_at, created_by)
    select distinct on (account_id, target) account_id, substr(target, length('webhook-endpoints/') + 1), at, username
    from audit
    where action = 'endpoint.create' and status between 200 and 299 and target like 'webhook-endpoints/_%'
    order by account_id, target, at
    on conflict do nothing`.execute(db)
}
