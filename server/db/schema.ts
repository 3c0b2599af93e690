import type { ColumnType, Generated, Selectable } from 'kysely'
import type { AuditAction } from '../../contract/console-audit-api.ts'
import type { Role } from '../../contract/console-api.ts'

// The console's own state, as the typed query layer (Kysely) checks every query against it. Column names
// are snake_case as in the SQL of the migrations; the stores map them to the domain's names.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>

interface UsersTable {
  username: string
  password_hash: string
  role: Role
  /** Bumped by a reset, a role change or "end sessions": every session made before is refused. */
  session_epoch: Generated<number>
  created_at: CreatedAt
  /** A company user's: the provider's group that gave the role at the last sign-in or recheck (0009). */
  role_group: string | null
}

interface SessionsTable {
  /** SHA-256 of the cookie's random id: the table never holds a usable cookie. */
  id_hash: string
  username: string
  account_id: string
  /** The user's session_epoch when it was made. */
  epoch: number
  created_at: ColumnType<Date, Date, never>
  last_seen_at: Date
}

/** What the company's provider gave a session (0008); never sent to the browser. */
interface OidcSessionsTable {
  session_id_hash: string
  sub: string
  /** The provider's session id (`sid`), for back-channel logout; null when its ID token has none. */
  sid: string | null
  /** The latest ID token: the `id_token_hint` of the sign-out at the provider. */
  id_token: string
  refresh_token: string | null
  /** When a request on the session next asks the provider again (or, while one does, its lease's end). */
  recheck_at: Date
  /** The Lucca accounts the session may use, a JSON array of ids (0009); null: every account. */
  accounts: string | null
}

interface AuditTable {
  id: Generated<string>
  at: ColumnType<Date, Date, never>
  username: string
  account_id: string
  account_label: string
  action: AuditAction
  /** The resource, as Lucca names it (`webhook-endpoints/26`). */
  target: string
  /** The same in words, when known ("Payroll sync"). */
  target_label: string | null
  status: number
}

interface EndpointNotesTable {
  account_id: string
  endpoint_id: string
  description: string | null
  owner_name: string | null
  owner_email: string | null
  notes: string | null
  updated_at: Date
  updated_by: string
}

interface LegacyImportsTable {
  file: string
  rows: number
  imported_at: Date
}

// The history the collector keeps (0003-history): Lucca's resources as last read, per console account.
type Json = ColumnType<unknown, string, string>

interface LuccaEndpointsTable {
  account_id: string
  id: string
  url: string
  name: string | null
  webhook_url: string
  status: string
  topics: string[]
  created_at: Date | null
  first_seen_at: Date
  last_seen_at: Date
  gone_at: Date | null
  raw: Json
}

interface ConsoleCreatedEndpointsTable {
  account_id: string
  endpoint_id: string
  /** When its secret was shown here, once. */
  created_at: Date
  created_by: string
  /** The secret's last 4 characters (0007); null when recorded before, or Lucca's answer had none. */
  secret_last4: ColumnType<string | null, string | null | undefined, string | null>
}

interface LuccaEventsTable {
  account_id: string
  id: string
  topic: string
  occurred_at: Date | null
  resource_id: string | null
  raw: Json
}

interface LuccaDeliveriesTable {
  account_id: string
  id: string
  url: string
  endpoint_id: string
  event_id: string
  topic: string | null
  resource_id: string | null
  status: string
  attempts_count: number
  next_attempt_at: Date | null
  created_at: Date
  first_seen_at: Date
  last_read_at: Date
  last_attempt_at: Date | null
  last_status_code: number | null
  delivered_at: Date | null
  raw: Json
}

interface LuccaAttemptsTable {
  account_id: string
  id: string
  delivery_id: string
  created_at: Date
  is_successful: boolean
  status_code: number | null
  raw: Json
}

interface CollectorStateTable {
  account_id: string
  state: Json
  updated_at: Date
}

interface HistoryChangesTable {
  seq: Generated<string>
  account_id: string
  at: Date
  kind: string
  resource_id: string
  detail: Json
}

interface FollowedDeliveriesTable {
  account_id: string
  delivery_id: string
  url: string
  until: Date
}

// Alerts (0005-alerts): rules per account, one alert per outage, and the outbox of its messages.
interface AlertRulesTable {
  account_id: string
  id: string
  name: string
  enabled: boolean
  condition: string
  endpoint_id: string | null
  percent: number
  minutes: number
  min_deliveries: number
  hours: number
  notify_recovery: boolean
  recipients: Json
  updated_at: Date
  updated_by: string
}

interface AlertsTable {
  account_id: string
  id: string
  rule_id: string
  rule_name: string
  condition: string
  endpoint_id: string
  opened_at: Date
  detected_at: Date
  closed_at: Date | null
  failed_deliveries: Generated<number>
  last_failure_code: number | null
  last_failure_at: Date | null
}

interface AlertDispatchesTable {
  account_id: string
  id: string
  alert_id: string
  message: 'opened' | 'recovered'
  kind: string
  destination: string
  language: string
  status: 'pending' | 'sent' | 'failing'
  attempts: Generated<number>
  next_attempt_at: Date
  last_attempt_at: Date | null
  last_error: string | null
  sent_at: Date | null
  created_at: Date
}

interface AlertSigningSecretsTable {
  account_id: string
  secret: string
  created_at: Date
}

export interface Tables {
  users: UsersTable
  sessions: SessionsTable
  oidc_sessions: OidcSessionsTable
  audit: AuditTable
  endpoint_notes: EndpointNotesTable
  legacy_imports: LegacyImportsTable
  lucca_endpoints: LuccaEndpointsTable
  console_created_endpoints: ConsoleCreatedEndpointsTable
  lucca_events: LuccaEventsTable
  lucca_deliveries: LuccaDeliveriesTable
  lucca_attempts: LuccaAttemptsTable
  collector_state: CollectorStateTable
  history_changes: HistoryChangesTable
  followed_deliveries: FollowedDeliveriesTable
  alert_rules: AlertRulesTable
  alerts: AlertsTable
  alert_dispatches: AlertDispatchesTable
  alert_signing_secrets: AlertSigningSecretsTable
}

export type UserRow = Selectable<UsersTable>
export type AuditRow = Selectable<AuditTable>
