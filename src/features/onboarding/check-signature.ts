import { parseHeaders } from './pasted-request'
import { explainMismatch, luccaSignature, type MismatchHint } from './signature'
import { toleranceSeconds } from './test-vector'

export type SignatureVerdict =
  | { valid: true; expected: string; skewSeconds: number | null }
  | { valid: false; problem: 'missingSignature' | 'missingTimestamp' | 'missingSecret' }
  | { valid: false; problem: 'mismatch'; expected: string; hint: MismatchHint | null }

/** Checks a pasted request the way a receiver should, and says why it fails when it does. */
export async function checkPastedRequest(input: {
  headers: string
  body: string
  secret: string
  now: number
}): Promise<SignatureVerdict> {
  const headers = parseHeaders(input.headers)
  const signature = headers['lucca-signature']
  const timestamp = headers['lucca-timestamp']
  if (!input.secret) return { valid: false, problem: 'missingSecret' }
  if (!signature) return { valid: false, problem: 'missingSignature' }
  if (!timestamp) return { valid: false, problem: 'missingTimestamp' }
  const expected = await luccaSignature(input.secret, timestamp, input.body)
  if (expected !== signature) {
    const hint = await explainMismatch(input.secret, timestamp, input.body, signature)
    return { valid: false, problem: 'mismatch', expected, hint }
  }
  const sent = Date.parse(timestamp)
  const skew = Number.isNaN(sent) ? null : Math.round((input.now - sent) / 1000)
  return { valid: true, expected, skewSeconds: skew }
}

/** A valid signature on an old capture would still be refused by a receiver checking replays. */
export function isStale(skewSeconds: number | null): boolean {
  return skewSeconds === null || Math.abs(skewSeconds) > toleranceSeconds
}
