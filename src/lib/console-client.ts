import { z } from 'zod/mini'
import { AuditPageSchema, SessionSchema } from '../../contract/console-api'
import { toApiError } from './api-error'
import { send } from './http'

export type {
  Account,
  AuditEntry,
  Environment,
  Role,
  Session,
  User,
  UserSession,
} from '../../contract/console-api'

// The proxy's own API, defined once in contract/console-api.ts; every answer is parsed against it.
export async function call<T>(
  method: string,
  path: string,
  schema: z.ZodMiniType<T>,
  body?: unknown,
): Promise<T> {
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
