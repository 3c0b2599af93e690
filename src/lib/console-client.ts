import { z } from 'zod/mini'
import { SessionSchema, SignOutSchema } from '../../contract/console-api'
import { toApiError } from './api-error'
import { send } from './http'

export type { Account, Environment, Role, Session } from '../../contract/console-api'

/**
 * The one way the SPA calls the proxy's own API (`/api/...`), defined once in contract/console-*.ts; every
 * answer is parsed against its schema. A feature's calls live beside it (audit-api.ts, users-api.ts), so
 * that their schemas load with the feature's lazy page, not with the first route.
 */
export async function consoleCall<T>(
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
  session: () => consoleCall('GET', '/api/session', SessionSchema),
  signIn: (credentials: { username: string; password: string }) =>
    consoleCall('POST', '/api/session', SessionSchema, credentials),
  /** A company session answers where the provider signs out too; a local one has no body (null). */
  signOut: () => consoleCall('DELETE', '/api/session', z.nullable(SignOutSchema)),
  switchAccount: (accountId: string) =>
    consoleCall('PUT', '/api/session/account', SessionSchema, { accountId }),
}
