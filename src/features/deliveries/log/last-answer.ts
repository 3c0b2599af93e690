import type { DeliveryRow } from './delivery-log-client'

/** Codes a receiver commonly answers, each with words of its own; the others are told by their class. */
export const knownCodes = [200, 202, 400, 401, 403, 404, 408, 410, 429, 500, 503] as const
type KnownCode = (typeof knownCodes)[number]

type AnswerKey =
  | `codes.${KnownCode}`
  | `answer.${'notTried' | 'unknown' | 'none' | 'success' | 'redirect' | 'refused' | 'receiverError'}`

/**
 * What the receiver said last: its code, if any, and the key of the words that say it ("404" "Not found",
 * "No answer", "Not tried yet").
 */
export function lastAnswerOf(row: Pick<DeliveryRow, 'attemptsCount' | 'lastStatusCode' | 'lastAttemptAt'>): {
  key: AnswerKey
  code: number | null
} {
  const code = row.lastStatusCode
  if (row.attemptsCount === 0) return { key: 'answer.notTried', code: null }
  // Tried, but its attempts not read yet: nothing is known of the answer, which "no answer" would claim.
  if (row.lastAttemptAt === null) return { key: 'answer.unknown', code: null }
  if (code === null) return { key: 'answer.none', code }
  const known = knownCodes.find((value) => value === code)
  if (known) return { key: `codes.${known}`, code }
  const kind = code < 300 ? 'success' : code < 400 ? 'redirect' : code < 500 ? 'refused' : 'receiverError'
  return { key: `answer.${kind}`, code }
}
