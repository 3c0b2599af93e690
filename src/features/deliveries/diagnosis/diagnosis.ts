import type { WebhookDeliveryAttempt } from '../../../lib/lucca-client'

/** What went wrong with one attempt, in terms an admin can act on; `locales/*` hold the words. */
export type DiagnosisKind =
  | 'gone' // 404/410: Lucca suspends the endpoint at once
  | 'auth' // 401/403: the receiver rejected the signature or its own authentication
  | 'timeout'
  | 'server' // 5xx
  | 'tls'
  | 'dns'
  | 'connection'
  | 'rateLimited' // 429 from the receiver
  | 'redirect' // Lucca does not follow redirects
  | 'rejected' // other 4xx
  | 'network' // no answer and no recognisable reason

// Transport failures have no status code; only the short text Lucca records tells them apart (it is [E]
// wording at the emulator, so these patterns are deliberately broad and the fallback stays generic).
const transportPatterns: [DiagnosisKind, RegExp][] = [
  ['timeout', /time(d)?[\s-]?out|ETIMEDOUT|UND_ERR_(HEADERS|BODY|CONNECT)_TIMEOUT/i],
  ['tls', /certificate|CERT_|SSL|TLS|self[\s-]signed|UNABLE_TO_VERIFY|DEPTH_ZERO|handshake/i],
  ['dns', /ENOTFOUND|EAI_AGAIN|getaddrinfo|DNS|name resolution/i],
  ['connection', /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|socket hang up|EPIPE|other side closed/i],
]

export function diagnose(
  attempt: Pick<WebhookDeliveryAttempt, 'isSuccessful' | 'responseStatusCode' | 'errorResponseBody'>,
): DiagnosisKind | null {
  if (attempt.isSuccessful) return null
  const code = attempt.responseStatusCode
  if (code === 404 || code === 410) return 'gone'
  if (code === 401 || code === 403) return 'auth'
  if (code === 408 || code === 504) return 'timeout'
  if (code === 429) return 'rateLimited'
  if (typeof code === 'number' && code >= 500) return 'server'
  if (typeof code === 'number' && code >= 300 && code < 400) return 'redirect'
  if (typeof code === 'number' && code >= 400) return 'rejected'
  const body = attempt.errorResponseBody ?? ''
  return transportPatterns.find(([, pattern]) => pattern.test(body))?.[0] ?? 'network'
}
