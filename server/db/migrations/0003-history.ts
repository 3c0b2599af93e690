import { sql, type Kysely } from 'kysely'

// The account-wide history the collector keeps (issue 14): Lucca's endpoints, events, deliveries and their
// attempts as last read, kept past Lucca's 2-month retention (HISTORY_RETENTION_DAYS). Every row belongs to
// one console account (`account_id`); Lucca's ids are opaque strings (contract §12 R3). `raw` keeps Lucca's
// representation as read, so nothing Lucca said is lost to the columns chosen here.
/** @public Kysely's Migrator calls it (migrate.ts). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lucca_endpoints')
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('url', 'text', (column) => column.notNull())
    .addColumn('name', 'text')
    .addColumn('webhook_url', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('topics', sql`text[]`, (column) => column.notNull())
    .addColumn('created_at', 'timestamptz')
    .addColumn('first_seen_at', 'timestamptz', (column) => column.notNull())
    .addColumn('last_seen_at', 'timestamptz', (column) => column.notNull())
    /** Set when a full read of the list no longer has it (deleted in Lucca or here). */
    .addColumn('gone_at', 'timestamptz')
    .addColumn('raw', 'jsonb', (column) => column.notNull())
    .addPrimaryKeyConstraint('lucca_endpoints_pk', ['account_id', 'id'])
    .execute()

  // The endpoints this console created, so it saw (and showed once) their secret; the others were made
  // outside (Lucca's admin page, another tool) and their secret is unknown here (contract §12 R8).
  await db.schema
    .createTable('console_created_endpoints')
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('endpoint_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('console_created_endpoints_pk', ['account_id', 'endpoint_id'])
    .execute()

  await db.schema
    .createTable('lucca_events')
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('topic', 'text', (column) => column.notNull())
    .addColumn('occurred_at', 'timestamptz')
    /** `data.id`: the resource the event is about (an employee's id…). The only part of `data` indexed. */
    .addColumn('resource_id', 'text')
    .addColumn('raw', 'jsonb', (column) => column.notNull())
    .addPrimaryKeyConstraint('lucca_events_pk', ['account_id', 'id'])
    .execute()

  await db.schema
    .createTable('lucca_deliveries')
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('url', 'text', (column) => column.notNull())
    .addColumn('endpoint_id', 'text', (column) => column.notNull())
    .addColumn('event_id', 'text', (column) => column.notNull())
    // Copied from the event, so the log filters on one table.
    .addColumn('topic', 'text')
    .addColumn('resource_id', 'text')
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('attempts_count', 'integer', (column) => column.notNull())
    .addColumn('next_attempt_at', 'timestamptz')
    /**
     * Lucca gives a delivery no creation time (§5.2): the earliest of when the console first saw it and its
     * first attempt. The log's order.
     */
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('first_seen_at', 'timestamptz', (column) => column.notNull())
    .addColumn('last_read_at', 'timestamptz', (column) => column.notNull())
    .addColumn('last_attempt_at', 'timestamptz')
    .addColumn('last_status_code', 'integer')
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('raw', 'jsonb', (column) => column.notNull())
    .addPrimaryKeyConstraint('lucca_deliveries_pk', ['account_id', 'id'])
    .execute()
  // The log, newest first, optionally for one endpoint; and the lookups by event, resource and outcome.
  await sql`create index lucca_deliveries_log on lucca_deliveries (account_id, created_at desc, id desc)`.execute(
    db,
  )
  await sql`create index lucca_deliveries_by_endpoint on lucca_deliveries (account_id, endpoint_id, created_at desc, id desc)`.execute(
    db,
  )
  await sql`create index lucca_deliveries_by_event on lucca_deliveries (account_id, event_id)`.execute(db)
  await sql`create index lucca_deliveries_by_resource on lucca_deliveries (account_id, resource_id, created_at desc) where resource_id is not null`.execute(
    db,
  )
  await sql`create index lucca_deliveries_by_topic on lucca_deliveries (account_id, topic, created_at desc, id desc)`.execute(
    db,
  )
  await sql`create index lucca_deliveries_pending on lucca_deliveries (account_id, next_attempt_at) where status = 'undelivered'`.execute(
    db,
  )

  await db.schema
    .createTable('lucca_attempts')
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('delivery_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull())
    .addColumn('is_successful', 'boolean', (column) => column.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('raw', 'jsonb', (column) => column.notNull())
    .addPrimaryKeyConstraint('lucca_attempts_pk', ['account_id', 'id'])
    .execute()
  await sql`create index lucca_attempts_by_delivery on lucca_attempts (account_id, delivery_id, created_at)`.execute(
    db,
  )

  // Where each account's collection stands: cursors, validators, freshness. One row per account, written
  // only by the replica that holds the account's collector lock.
  await db.schema
    .createTable('collector_state')
    .addColumn('account_id', 'text', (column) => column.primaryKey())
    .addColumn('state', 'jsonb', (column) => column.notNull())
    .addColumn('updated_at', 'timestamptz', (column) => column.notNull())
    .execute()

  // What changed, in order, for the live streams of every replica: each replica reads past its last seq.
  await db.schema
    .createTable('history_changes')
    .addColumn('seq', 'bigserial', (column) => column.primaryKey())
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('at', 'timestamptz', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('resource_id', 'text', (column) => column.notNull())
    .addColumn('detail', 'jsonb', (column) => column.notNull())
    .execute()
  await sql`create index history_changes_by_account on history_changes (account_id, seq)`.execute(db)

  // Deliveries a tab follows (a test just sent): the collector reads each once per look, however many tabs
  // watch it, until it is final or nobody renewed the follow.
  await db.schema
    .createTable('followed_deliveries')
    .addColumn('account_id', 'text', (column) => column.notNull())
    .addColumn('delivery_id', 'text', (column) => column.notNull())
    .addColumn('url', 'text', (column) => column.notNull())
    .addColumn('until', 'timestamptz', (column) => column.notNull())
    .addPrimaryKeyConstraint('followed_deliveries_pk', ['account_id', 'delivery_id'])
    .execute()
}
