const MAX_JSON_DEPTH = 32
// Keys that pollute prototypes in naive merges downstream; no Lucca schema uses them.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
const utf8 = new TextDecoder('utf-8', { fatal: true })
const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf])

/**
 * The edge check on a write's body: uncompressed `application/json` (UTF-8), well-formed, an object,
 * at most 32 levels deep, without prototype-polluting keys. Lucca would refuse most of these too, but
 * refusing here spends no rate budget and gives the SPA one clear problem.
 */
export function checkJsonBody(
  body: Buffer,
  contentType: string | undefined,
  contentEncoding: string | undefined,
): { status: 400 | 415; detail: string } | null {
  if (contentEncoding !== undefined && contentEncoding.trim().toLowerCase() !== 'identity')
    return { status: 415, detail: 'Send the body uncompressed' }
  const [mediaType = '', ...params] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase())
  if (mediaType !== 'application/json' || params.some((param) => param !== 'charset=utf-8'))
    return { status: 415, detail: 'Send application/json' }
  // The decoder would drop the mark and pass the body, yet the bytes forwarded keep it: Lucca refuses
  // them, and the audit trail could not read the target either.
  if (body.subarray(0, 3).equals(BYTE_ORDER_MARK))
    return { status: 400, detail: 'The body starts with a byte-order mark; send plain UTF-8 JSON' }
  let value: unknown
  try {
    value = JSON.parse(utf8.decode(body))
  } catch (error) {
    return {
      status: 400,
      detail: error instanceof SyntaxError ? 'The body is not valid JSON' : 'The body is not UTF-8',
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { status: 400, detail: 'The body must be a JSON object' }
  // Iterative, so a hostile nesting depth cannot exhaust the stack.
  const stack: [unknown, number][] = [[value, 1]]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next
    if (typeof node !== 'object' || node === null) continue
    if (depth > MAX_JSON_DEPTH)
      return { status: 400, detail: `The body is nested deeper than ${MAX_JSON_DEPTH}` }
    for (const [key, child] of Object.entries(node)) {
      if (FORBIDDEN_KEYS.has(key)) return { status: 400, detail: `The body has a forbidden key: ${key}` }
      stack.push([child, depth + 1])
    }
  }
  return null
}
