import type { IncomingHttpHeaders } from 'node:http'

// Lucca sends ETags both as RFC 9110 quoted tags (`W/"x"`) and unquoted (`W/q5sd4w2x1c1gfdg`), and a
// client must send them back exactly as received (contract §2.6, §12 R5). So one unquoted value passes
// as is; a list is only of quoted tags (or `*`), since a comma inside an unquoted value cannot be told
// from a separator. Printable ASCII only: no control character, tab or non-ASCII byte reaches Lucca.
const QUOTED = String.raw`(?:W/)?"[\x21\x23-\x7e]*"`
const UNQUOTED = String.raw`[\x21\x23-\x2b\x2d-\x7e]+`
const VALIDATOR = new RegExp(String.raw`^(?:${UNQUOTED}|${QUOTED}(?: *, *${QUOTED})*)$`)
const MAX_LENGTH = 1024

export interface Preconditions {
  ifMatch: string | undefined
  ifNoneMatch: string | undefined
}

/**
 * The validators to forward, byte for byte, or why they are refused. Never dropped: a dropped
 * If-Match would turn a conditional edit into a blind overwrite (a lost update).
 */
export function readPreconditions(
  headers: IncomingHttpHeaders,
): { ok: true; value: Preconditions } | { ok: false; detail: string } {
  const ifMatch = headers['if-match']
  const ifNoneMatch = headers['if-none-match']
  for (const [label, value] of [
    ['If-Match', ifMatch],
    ['If-None-Match', ifNoneMatch],
  ] as const) {
    if (value !== undefined && (value.length > MAX_LENGTH || !VALIDATOR.test(value)))
      return {
        ok: false,
        detail: `${label} must be an ETag exactly as Lucca sent it (printable ASCII, at most ${MAX_LENGTH} characters)`,
      }
  }
  return { ok: true, value: { ifMatch, ifNoneMatch } }
}
