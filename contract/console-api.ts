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
  'delivery.test',
  'delivery.redeliver',
] as const
export const AuditActionSchema = z.enum(auditActions)

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  username: z.string(),
  accountId: z.string(),
  action: AuditActionSchema,
  target: z.string(),
  status: z.number(),
})

/** `GET /api/audit?limit=&before=`, newest first. */
export const AuditQuerySchema = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50),
  before: z.optional(z.string().check(z.regex(/^[a-z0-9]{1,40}$/))),
})
export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  nextBefore: z.nullable(z.string()),
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
] as const

export type Role = z.infer<typeof RoleSchema>
export type Environment = z.infer<typeof EnvironmentSchema>
export type Account = z.infer<typeof AccountSchema>
export type Session = z.infer<typeof SessionSchema>
export type AuditAction = z.infer<typeof AuditActionSchema>
export type AuditEntry = z.infer<typeof AuditEntrySchema>
export type AuditPage = z.infer<typeof AuditPageSchema>
export type ProblemReason = (typeof problemReasons)[number]
