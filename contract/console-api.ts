// The console's own API (`/api/...`), spoken between the SPA and the proxy: not part of Lucca's contract.
// Defined once, as zod schemas both sides import (zod/mini: the SPA's first load stays small). The proxy
// validates what it receives with them and types what it sends; the SPA parses what it receives.
import { z } from 'zod/mini'

export const RoleSchema = z.enum(['viewer', 'admin'])
export const EnvironmentSchema = z.enum(['emulator', 'sandbox', 'test', 'production'])

/** An account as the SPA sees it: no token host, no credential. */
export const AccountSchema = z.object({
  id: z.string(),
  label: z.string(),
  environment: EnvironmentSchema,
  apiHost: z.string(),
  /** True only for the embedded emulator, whose receivers live on this machine. */
  allowsPrivateReceivers: z.boolean(),
  /** The embedded emulator's local HTTPS receiver; null for a real Lucca account. */
  testReceiverUrl: z.nullable(z.string()),
})

/** `GET|POST /api/session`, `PUT /api/session/account`. */
export const SessionSchema = z.object({
  user: z.object({ username: z.string(), role: RoleSchema }),
  accounts: z.array(AccountSchema),
  activeAccountId: z.string(),
})

/** `POST /api/session`. */
export const SignInSchema = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
})

/** `PUT /api/session/account`. */
export const SwitchAccountSchema = z.object({ accountId: z.string().check(z.minLength(1), z.maxLength(64)) })

export const auditActions = [
  'endpoint.create',
  'endpoint.update',
  'endpoint.delete',
  'endpoint.refused',
  'endpoint.notes',
  'delivery.test',
  'delivery.redeliver',
  'session.sign-in',
  'session.sign-out',
  'session.sign-in-failed',
  'session.locked-out',
  'user.create',
  'user.role',
  'user.password',
  'user.remove',
  'user.sessions-end',
] as const
export const AuditActionSchema = z.enum(auditActions)

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  username: z.string(),
  accountId: z.string(),
  /** The account's name as the admins know it, as it was when the entry was written. */
  accountLabel: z.string(),
  action: AuditActionSchema,
  /** The resource as Lucca names it (`webhook-endpoints/26`), or the user a user action is about. */
  target: z.string(),
  /** The same in words, when known: the endpoint's name. */
  targetLabel: z.nullable(z.string()),
  status: z.number(),
})

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))
/** The trail's filters, as the page keeps them in its URL and the CSV export takes them. */
export const AuditFiltersSchema = z.object({
  username: z.optional(z.string().check(z.maxLength(64))),
  action: z.optional(AuditActionSchema),
  accountId: z.optional(z.string().check(z.maxLength(64))),
  /** Calendar days, UTC, inclusive. */
  from: z.optional(day),
  to: z.optional(day),
})

/** `GET /api/audit?limit=&before=&…filters`, newest first; `GET /api/audit.csv?…filters`. */
export const AuditQuerySchema = z.extend(AuditFiltersSchema, {
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
  before: z.optional(z.string().check(z.regex(/^[a-z0-9]{1,40}$/))),
})
export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  nextBefore: z.nullable(z.string()),
  /** How long entries are kept (AUDIT_RETENTION_DAYS); older ones are removed. */
  retentionDays: z.number(),
})

export const UsernameSchema = z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/))

/** A signed-in browser of a user, as an admin may see it; `id` is a handle, never the cookie. */
export const UserSessionSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  /** The session this very request came with. */
  current: z.boolean(),
})
export const UserSchema = z.object({
  username: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
  sessions: z.array(UserSessionSchema),
})
/** `GET /api/users` (admins). */
export const UsersSchema = z.object({ items: z.array(UserSchema) })
/** `POST /api/users`. */
export const NewUserSchema = z.object({ username: UsernameSchema, role: RoleSchema })
/** `PUT /api/users/:username/role`. */
export const RoleChangeSchema = z.object({ role: RoleSchema })
/** The answer to a new user or a password reset: the password, shown once and never stored in clear. */
export const NewPasswordSchema = z.object({ username: z.string(), password: z.string() })

const note = (max: number) => z.nullable(z.string().check(z.maxLength(max)))
/** `GET|PUT /api/endpoint-notes/:endpointId`: what the console keeps about an endpoint Lucca has no field for. */
export const EndpointNotesSchema = z.object({
  description: note(500),
  ownerName: note(120),
  ownerEmail: z.nullable(z.email()),
  notes: note(4000),
})
export const EndpointNotesViewSchema = z.extend(EndpointNotesSchema, {
  updatedAt: z.nullable(z.string()),
  updatedBy: z.nullable(z.string()),
})

/**
 * `extensions.reason` of the proxy's own problems (application/problem+json in Lucca's shape), so the SPA
 * can tell a console refusal from a Lucca one.
 */
export const problemReasons = [
  'console-budget',
  'lucca-rate-limit',
  'circuit-open',
  'upstream-timeout',
  'upstream-error',
  'upstream-auth',
  'not-signed-in',
  'forbidden-role',
  'csrf',
  'not-allowed',
  'bad-path',
  'login-throttled',
  'bad-request',
  'bad-body',
  'unreachable-receiver',
  'last-admin',
  'database-unavailable',
  'conflict',
] as const

export type Role = z.infer<typeof RoleSchema>
export type Environment = z.infer<typeof EnvironmentSchema>
export type Account = z.infer<typeof AccountSchema>
export type Session = z.infer<typeof SessionSchema>
export type AuditAction = z.infer<typeof AuditActionSchema>
export type AuditEntry = z.infer<typeof AuditEntrySchema>
export type AuditPage = z.infer<typeof AuditPageSchema>
export type AuditFilters = z.infer<typeof AuditFiltersSchema>
export type User = z.infer<typeof UserSchema>
export type UserSession = z.infer<typeof UserSessionSchema>
export type EndpointNotes = z.infer<typeof EndpointNotesSchema>
export type EndpointNotesView = z.infer<typeof EndpointNotesViewSchema>
export type ProblemReason = (typeof problemReasons)[number]
