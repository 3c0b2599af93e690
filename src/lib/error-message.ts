import { ApiError } from './api-error'

/** The shell's strings for a failed call (`errors.*` in app/locales). */
export type ErrorKey =
  | 'errors.network'
  | 'errors.unexpected'
  | 'errors.notForwarded'
  | 'errors.consoleBudget'
  | 'errors.rateLimited'
  | 'errors.circuitOpen'
  | 'errors.databaseUnavailable'
  | 'errors.timeout'
  | 'errors.upstream'
  | 'errors.connectionDns'
  | 'errors.connectionTls'
  | 'errors.connectionToken'
  | 'errors.connectionCredentials'
  | 'errors.connectionScopes'
  | 'errors.connectionNotEnabled'
  | 'errors.signedOut'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.conflict'
  | 'errors.generic'

/** Maps a failure to a translation key; components translate it, so this stays free of React. */
export function errorKeyOf(error: unknown): { key: ErrorKey; values: { seconds?: number } } {
  // fetch rejects with a TypeError when the console cannot be reached (and so does a page's code that
  // failed to download); anything else that is not an answer is a fault of the page itself.
  if (error instanceof TypeError) return { key: 'errors.network', values: {} }
  if (!(error instanceof ApiError)) return { key: 'errors.unexpected', values: {} }
  // The proxy's own refusals: asking again cannot change them.
  if (error.reason === 'bad-path' || error.reason === 'not-allowed')
    return { key: 'errors.notForwarded', values: {} }
  const seconds = error.retryAfter ?? 60
  if (error.status === 429 && error.reason === 'console-budget')
    return { key: 'errors.consoleBudget', values: { seconds } }
  if (error.status === 429) return { key: 'errors.rateLimited', values: { seconds } }
  if (error.status === 503 && error.reason === 'circuit-open')
    return { key: 'errors.circuitOpen', values: {} }
  // The console's own store, not Lucca: users, sessions and the audit trail live there.
  if (error.status === 503 && error.reason === 'database-unavailable')
    return { key: 'errors.databaseUnavailable', values: {} }
  const connection = connectionKeyOf(error)
  if (connection) return { key: connection, values: {} }
  if (error.status === 504) return { key: 'errors.timeout', values: {} }
  if (error.status === 502 || error.status === 503) return { key: 'errors.upstream', values: {} }
  if (error.status === 401) return { key: 'errors.signedOut', values: {} }
  if (error.status === 403) return { key: 'errors.forbidden', values: {} }
  if (error.status === 404) return { key: 'errors.notFound', values: {} }
  if (error.status === 412) return { key: 'errors.conflict', values: {} }
  return { key: 'errors.generic', values: {} }
}

// The proxy's `extensions.cause` (server/proxy/connection/failure-cause.ts) names the failing step of the
// connection check: the address (DNS, TLS), the token endpoint, or the client id and secret.
const UNREACHABLE: Record<string, ErrorKey> = { dns: 'errors.connectionDns', tls: 'errors.connectionTls' }
const TOKEN_ENDPOINT = /^(refused|timeout|network|bad-answer|http-\d{3})$/

function connectionKeyOf(error: ApiError): ErrorKey | null {
  // A 403 the console did not give itself (its own carry a reason) is Lucca's: a scope the client lacks (its
  // `detail` names the scope, contract §4) or, on the webhook API itself, webhooks not enabled (§12, R7).
  if (error.status === 403 && error.reason === null)
    return /scope/i.test(error.message) ? 'errors.connectionScopes' : 'errors.connectionNotEnabled'
  const cause = error.connectionCause ?? ''
  if (error.reason === 'upstream-error') return UNREACHABLE[cause] ?? null
  if (error.reason !== 'upstream-auth') return null
  if (UNREACHABLE[cause]) return UNREACHABLE[cause]
  // The collector's reads met Lucca's 403 (server/collector/lucca-reader.ts): the same two meanings as above.
  if (cause === 'missing-scope') return 'errors.connectionScopes'
  if (cause === 'forbidden') return 'errors.connectionNotEnabled'
  if (!cause || TOKEN_ENDPOINT.test(cause)) return 'errors.connectionToken'
  return 'errors.connectionCredentials'
}

/** Whether trying the same request again could succeed. */
export function isRetryable(error: unknown): boolean {
  // A wrong address, an untrusted certificate or refused credentials stay so until the configuration changes.
  const final: ErrorKey[] = [
    'errors.notForwarded',
    'errors.forbidden',
    'errors.notFound',
    'errors.connectionDns',
    'errors.connectionTls',
    'errors.connectionCredentials',
    'errors.connectionScopes',
    'errors.connectionNotEnabled',
  ]
  return !final.includes(errorKeyOf(error).key)
}

const CONNECTION_KEYS = new Set<ErrorKey>([
  'errors.connectionDns',
  'errors.connectionTls',
  'errors.connectionToken',
  'errors.connectionCredentials',
  'errors.connectionScopes',
  'errors.connectionNotEnabled',
])

/** Whether a failure comes from the console's connection to Lucca: the Connection page says what to fix. */
export function isConnectionError(error: unknown): boolean {
  return CONNECTION_KEYS.has(errorKeyOf(error).key)
}
