import { z } from 'zod/mini'
import {
  AuditPageSchema,
  EndpointNotesViewSchema,
  SessionSchema,
  type AuditFilters,
  type EndpointNotes,
} from '../../contract/console-api'
import { toApiError } from './api-error'
import { send } from './http'

export type {
  Account,
  AuditAction,
  AuditEntry,
  AuditFilters,
  Environment,
  EndpointNotes,
  EndpointNotesView,
  Session,
} from '../../contract/console-api'

// The proxy's own API, defined once in contract/console-api.ts; every answer is parsed against it.
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
  audit: (filters: AuditFilters, before: string | null) =>
    call('GET', `/api/audit?${searchOf({ ...filters, limit: '50', before })}`, AuditPageSchema),
  /** The trail as CSV with the same filters, for a plain download link (the browser fetches it). */
  auditCsvHref: (filters: AuditFilters) => `/api/audit.csv?${searchOf(filters)}`,
  endpointNotes: (endpointId: string) =>
    call('GET', `/api/endpoint-notes/${encodeURIComponent(endpointId)}`, EndpointNotesViewSchema),
  saveEndpointNotes: (endpointId: string, notes: EndpointNotes) =>
    call('PUT', `/api/endpoint-notes/${encodeURIComponent(endpointId)}`, EndpointNotesViewSchema, notes),
}

/** A query string of the values that are set, in a stable order (empty ones mean "any"). */
function searchOf(values: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) if (value) search.set(key, value)
  return search.toString()
}
