/** PostgreSQL's SQLSTATE of an error from node-postgres, if it has one. */
function sqlState(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

/** A row with this key exists already (unique_violation). */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505'
}

const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  // No route to the server (a network down, a host gone): as unreachable as a refused connection.
  'EHOSTUNREACH',
  'ENETUNREACH',
])

/**
 * The database cannot be reached or is going away: refused or broken connections, a server shutting down
 * or starting up (57P0x), any connection exception (08xxx), or the pool's own connect timeout. Every
 * other error is a bug or bad data, and is not worth a retry.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = sqlState(error)
  if (code && (unavailableCodes.has(code) || code.startsWith('08') || code.startsWith('57P'))) return true
  const message = error instanceof Error ? error.message : ''
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i.test(
    message,
  )
}
