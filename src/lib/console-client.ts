// zod/mini: the same validation with a tree-shakable API, a fraction of full zod's weight in the first load.
import { z } from 'zod/mini'
import { toApiError } from './api-error'
import { send } from './http'

// The proxy's own API (docs/architecture.md, "Proxy API for the SPA"); not part of Lucca's contract.
const AccountSchema = z.object({
  id: z.string(),
  label: z.string(),
  environment: z.enum(['emulator', 'sandbox', 'test', 'production']),
  apiHost: z.string(),
  allowsPrivateReceivers: z.boolean(),
  testReceiverUrl: z.nullable(z.string()),
})
const SessionSchema = z.object({
  user: z.object({ username: z.string(), role: z.enum(['viewer', 'admin']) }),
  accounts: z.array(AccountSchema),
  activeAccountId: z.string(),
})
const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  username: z.string(),
  accountId: z.string(),
  action: z.string(),
  target: z.string(),
  status: z.number(),
})
const AuditPageSchema = z.object({ items: z.array(AuditEntrySchema), nextBefore: z.nullable(z.string()) })
export type Account = z.infer<typeof AccountSchema>
export type AuditEntry = z.infer<typeof AuditEntrySchema>
export type Session = z.infer<typeof SessionSchema>
export type Environment = Account['environment']

async function call<T>(method: string, path: string, schema: z.ZodMiniType<T>, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin' }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { 'Content-Type': 'application/json' }
  }
  const response = await send(new Request(new URL(path, globalThis.location.origin), init))
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null)
  if (!response.ok) throw toApiError(response, payload)
  return schema.parse(payload)
}

export const consoleApi = {
  session: () => call('GET', '/api/session', SessionSchema),
  signIn: (credentials: { username: string; password: string }) =>
    call('POST', '/api/session', SessionSchema, credentials),
  signOut: () => call('DELETE', '/api/session', z.null()),
  switchAccount: (accountId: string) => call('PUT', '/api/session/account', SessionSchema, { accountId }),
  audit: (before: string | null) =>
    call(
      'GET',
      `/api/audit?limit=50${before ? `&before=${encodeURIComponent(before)}` : ''}`,
      AuditPageSchema,
    ),
}
