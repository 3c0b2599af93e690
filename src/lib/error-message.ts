import { ApiError } from './api-error'

/** Maps a failure to a translation key; components translate it, so this stays free of React. */
export function errorKeyOf(error: unknown): { key: string; values: Record<string, string | number> } {
  if (!(error instanceof ApiError)) return { key: 'errors.network', values: {} }
  const seconds = error.retryAfter ?? 60
  if (error.status === 429 && error.reason === 'console-budget')
    return { key: 'errors.consoleBudget', values: { seconds } }
  if (error.status === 429) return { key: 'errors.rateLimited', values: { seconds } }
  if (error.status === 503 && error.reason === 'circuit-open')
    return { key: 'errors.circuitOpen', values: {} }
  if (error.status === 504) return { key: 'errors.timeout', values: {} }
  if (error.status === 502 || error.status === 503) return { key: 'errors.upstream', values: {} }
  if (error.status === 401) return { key: 'errors.signedOut', values: {} }
  if (error.status === 403) return { key: 'errors.forbidden', values: {} }
  if (error.status === 404) return { key: 'errors.notFound', values: {} }
  if (error.status === 412) return { key: 'errors.conflict', values: {} }
  return { key: 'errors.generic', values: {} }
}
