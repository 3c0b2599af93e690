// The console's own API (`/api/...`), spoken between the SPA and the proxy: not part of Lucca's contract.
// Defined once, as zod schemas both sides import (zod/mini: the SPA's first load stays small). The proxy
// validates what it receives with them and types what it sends; the SPA parses what it receives.
// Its parts have files of their own beside this one, so a screen loads only its schemas: the history's
// lists, log, stream and status (console-history-api.ts, console-history-endpoints-api.ts), the audit
// trail, notes and users (console-audit-api.ts, console-notes-api.ts, console-users-api.ts).
import { z } from 'zod/mini'

export const RoleSchema = z.enum(['viewer', 'admin'])
export const EnvironmentSchema = z.enum(['emulator', 'sandbox', 'test', 'production'])

/** An account as the SPA sees it: no token host, no credential. */
const AccountSchema = z.object({
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
  /**
   * The break-glass account's last sign-in (LOCAL_LOGIN=break-glass:<name>) in the last 24 hours, told to
   * the other admins; null or absent otherwise (absent from older proxies).
   */
  emergencySignIn: z.optional(z.nullable(z.object({ username: z.string(), at: z.string() }))),
})

/** `POST /api/session`. */
export const SignInSchema = z.object({
  username: z.string().check(z.minLength(1), z.maxLength(64)),
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
})

/**
 * `DELETE /api/session` of a company session, when the provider signs out too: the browser goes there next
 * (RP-initiated logout), and comes back to the console's start page. Otherwise the answer is 204, no body.
 */
export const SignOutSchema = z.object({ logoutUrl: z.string() })

/** `PUT /api/session/account`. */
export const SwitchAccountSchema = z.object({ accountId: z.string().check(z.minLength(1), z.maxLength(64)) })

/**
 * `GET /api/session/methods`, public: the ways the sign-in page offers. `oidc`: company sign-in is on;
 * `local`: passwords for everyone (`on`), nobody (`off`), or one named break-glass admin only.
 */
export const SignInMethodsSchema = z.object({
  oidc: z.boolean(),
  local: z.enum(['on', 'off', 'break-glass']),
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
  /** The console's history has no such resource (not collected yet, or past the retention): ask Lucca. */
  'not-in-history',
] as const

export type Role = z.infer<typeof RoleSchema>
export type Environment = z.infer<typeof EnvironmentSchema>
export type Account = z.infer<typeof AccountSchema>
export type Session = z.infer<typeof SessionSchema>
export type SignOut = z.infer<typeof SignOutSchema>
export type ProblemReason = (typeof problemReasons)[number]
