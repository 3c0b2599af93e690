import * as oauth from 'oauth4webapi'

/** Why a connection to Lucca did not even get an HTTP answer. */
export type NetworkCause = 'dns' | 'refused' | 'timeout' | 'tls' | 'network'

// Node's and OpenSSL's certificate codes (UNABLE_TO_VERIFY_LEAF_SIGNATURE, DEPTH_ZERO_SELF_SIGNED_CERT,
// SELF_SIGNED_CERT_IN_CHAIN, CERT_HAS_EXPIRED, ERR_TLS_CERT_ALTNAME_INVALID, ERR_SSL_…).
const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA'])
const REFUSED_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE'])
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT'])

/** The first error code along an error's `cause` chain (fetch wraps the socket's error in a TypeError). */
function errorCode(error: unknown): string {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    if ('code' in current && typeof current.code === 'string' && current.code) return current.code
    // AbortSignal.timeout() rejects with a DOMException named TimeoutError.
    if (current.name === 'TimeoutError') return 'ETIMEDOUT'
    if (current instanceof AggregateError && current.errors[0] instanceof Error) current = current.errors[0]
    else current = current.cause
  }
  return 'UNKNOWN'
}

export function networkCause(error: unknown): { cause: NetworkCause; code: string } {
  const code = errorCode(error)
  if (DNS_CODES.has(code)) return { cause: 'dns', code }
  if (REFUSED_CODES.has(code)) return { cause: 'refused', code }
  if (TIMEOUT_CODES.has(code)) return { cause: 'timeout', code }
  if (TLS_CODE.test(code)) return { cause: 'tls', code }
  return { cause: 'network', code }
}

/**
 * Why a token request failed, in a word the SPA, the log and the doctor share: a network cause, Lucca's
 * OAuth `error` code (`invalid_client`…), or `http-<status>`. Never anything the server echoed back.
 */
export interface TokenFailure {
  cause: string
  /** The socket's error code, the OAuth error or the HTTP status, for the technical detail. */
  code: string
  status: number | null
}

export function tokenFailure(error: unknown): TokenFailure {
  if (error instanceof oauth.ResponseBodyError) {
    const code = /^[a-z_]{1,40}$/.test(error.error) ? error.error : 'oauth_error'
    return { cause: code, code, status: error.status }
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    return { cause: `http-${error.status}`, code: String(error.status), status: error.status }
  }
  if (error instanceof oauth.OperationProcessingError) {
    const response = error.cause instanceof Response ? error.cause : null
    if (response)
      return { cause: `http-${response.status}`, code: String(response.status), status: response.status }
    return { cause: 'bad-answer', code: error.code ?? 'invalid', status: null }
  }
  const { cause, code } = networkCause(error)
  return { cause, code, status: null }
}
