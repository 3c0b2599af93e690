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

export interface Tables {
  users: UsersTable
  sessions: SessionsTable
  audit: AuditTable
  endpoint_notes: EndpointNotesTable
  legacy_imports: LegacyImportsTable
}

export type UserRow = Selectable<UsersTable>
export type AuditRow = Selectable<AuditTable>
