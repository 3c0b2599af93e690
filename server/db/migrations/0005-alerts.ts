import { sql, type Kysely } from 'kysely'

// Alerts (issue 15): the rules admins set per account, the alerts they raise (one per outage) and the
// outbox of messages to each recipient, kept until sent. See docs/decisions/0014-alerts-outbox.md.
/** @public Kysely's Migrator calls it (migrate.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table alert_rules (
      account_id text not null,
      id text not null,
      name text not null check (length(name) between 1 and 120),
      enabled boolean not null,
      condition text not null check (condition in ('suspended', 'receiver-gone', 'low-success-rate', 'silent')),
      endpoint_id text,
      percent integer not null check (percent between 1 and 100),
      minutes integer not null check (minutes between 5 and 1440),
      min_deliveries integer not null check (min_deliveries between 1 and 10000),
      hours integer not null check (hours between 1 and 168),
      notify_recovery boolean not null,
      recipients jsonb not null check (jsonb_typeof(recipients) = 'array'),
      updated_at timestamptz not null,
      updated_by text not null,
      primary key (account_id, id)
    )`.execute(db)

  await sql`
    create table alerts (
      account_id text not null,
      id text not null,
      rule_id text not null,
      rule_name text not null,
      condition text not null,
      endpoint_id text not null,
      opened_at timestamptz not null,
      detected_at timestamptz not null,
      closed_at timestamptz,
      failed_deliveries integer not null default 0 check (failed_deliveries >= 0),
      last_failure_code integer,
      last_failure_at timestamptz,
      primary key (account_id, id)
    )`.execute(db)
  // One open alert per rule and endpoint: two replicas that see one outage at once open it once.
  await sql`create unique index alerts_one_open on alerts (account_id, rule_id, endpoint_id) where closed_at is null`.execute(
    db,
  )
  await sql`create index alerts_by_time on alerts (account_id, opened_at desc, id desc)`.execute(db)

  await sql`
    create table alert_dispatches (
      account_id text not null,
      id text not null,
      alert_id text not null,
      message text not null check (message in ('opened', 'recovered')),
      kind text not null check (kind in ('email', 'endpoint-owner', 'slack', 'teams', 'webhook')),
      /** Where it goes (an address or a hook URL), resolved when it was queued. */
      destination text not null,
      language text not null check (language in ('en', 'fr')),
      status text not null check (status in ('pending', 'sent', 'failing')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      last_attempt_at timestamptz,
      last_error text,
      sent_at timestamptz,
      created_at timestamptz not null,
      primary key (account_id, id),
      unique (account_id, alert_id, message, kind, destination)
    )`.execute(db)
  await sql`create index alert_dispatches_due on alert_dispatches (next_attempt_at) where status <> 'sent'`.execute(
    db,
  )

  await sql`
    create table alert_signing_secrets (
      account_id text primary key,
      secret text not null,
      created_at timestamptz not null
    )`.execute(db)
}
