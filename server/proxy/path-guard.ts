import { ALLOWED_QUERY } from './route-table.ts'

const MAX_URL_LENGTH = 2048
const MAX_QUERY_VALUE = 512
// Plain path characters only: no '%', '.', ';', '\\' or ':' can smuggle a second meaning past the table.
const SAFE_PATH = /^\/lucca-api(\/[A-Za-z0-9_-]+)+$/

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x1f\x7f]/

type GuardResult =
  { ok: true; path: string; query: string } | { ok: false; status: 400 | 414; detail: string }

/**
 * Checks the raw request target, before any decoding, and returns the path below /lucca-api plus a
 * re-serialised query. Decoding first is what lets double-encoded `%252e%252e` through elsewhere.
 */
export function guardTarget(rawUrl: string): GuardResult {
  if (rawUrl.length > MAX_URL_LENGTH) return { ok: false, status: 414, detail: 'Request target too long' }
  const queryAt = rawUrl.indexOf('?')
  const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
  const rawQuery = queryAt === -1 ? '' : rawUrl.slice(queryAt + 1)
  if (!SAFE_PATH.test(rawPath)) return { ok: false, status: 400, detail: 'Path not allowed' }
  if (rawQuery.includes('#')) return { ok: false, status: 400, detail: 'Query not allowed' }
  const params = new URLSearchParams(rawQuery)
  const out = new URLSearchParams()
  for (const [name, value] of params) {
    if (!ALLOWED_QUERY.has(name))
      return { ok: false, status: 400, detail: `Query parameter not allowed: ${name}` }
    // Lucca takes lists comma-separated; a repeated name is parameter pollution (which one wins?).
    if (out.has(name)) return { ok: false, status: 400, detail: `Query parameter repeated: ${name}` }
    // Ids, topics, sort keys and cursors are printable ASCII; anything else (invalid UTF-8 turned into
    // U+FFFD, look-alike characters, controls) is refused rather than re-encoded and sent on.
    if (value.length > MAX_QUERY_VALUE || !PRINTABLE_ASCII.test(value) || value.includes('%')) {
      return { ok: false, status: 400, detail: `Query parameter value not allowed: ${name}` }
    }
    out.append(name, value)
  }
  // ',' and '!' are sub-delimiters Lucca uses literally in filters and cursors (`id=1,3`, `page=!98f`).
  const query = out.toString().replaceAll('%2C', ',').replaceAll('%21', '!')
  return { ok: true, path: rawPath.slice('/lucca-api'.length), query: query ? `?${query}` : '' }
}

type ShapeProblem = { status: 400 | 505; detail: string } | null

const METHOD_OVERRIDES = ['x-http-method-override', 'x-http-method', 'x-method-override']

/**
 * Checks every request, whatever its path, before CSRF and sessions: the request target must be a plain
 * path (no absolute form, no fragment, no dot segment in any encoding, no encoded slash, backslash or
 * NUL, no double encoding), one Host header, and no method-override header or `_method` parameter.
 * The SPA's own URLs never look like any of these, so refusing them is never a false alarm.
 */
export function checkRequestShape(request: {
  url: string
  httpVersion: string
  rawHeaders: readonly string[]
}): ShapeProblem {
  if (request.httpVersion !== '1.1' && request.httpVersion !== '1.0')
    return { status: 505, detail: 'Only HTTP/1.1 is served' }
  const names = request.rawHeaders.filter((_, index) => index % 2 === 0).map((name) => name.toLowerCase())
  const hosts = names.filter((name) => name === 'host').length
  if (hosts > 1 || (hosts === 0 && request.httpVersion === '1.1'))
    return { status: 400, detail: 'An HTTP/1.1 request needs exactly one Host header' }
  if (METHOD_OVERRIDES.some((name) => names.includes(name)))
    return { status: 400, detail: 'Method override headers are not supported' }
  const { url } = request
  if (!url.startsWith('/') || url.startsWith('//'))
    return { status: 400, detail: 'The request target must be a path' }
  if (url.includes('#')) return { status: 400, detail: 'A request target carries no fragment' }
  const queryAt = url.indexOf('?')
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt)
  if (/%(2f|5c|25|00)|\\|\/\//i.test(rawPath)) return { status: 400, detail: 'Path not allowed' }
  let path: string
  try {
    path = decodeURIComponent(rawPath)
  } catch {
    // Invalid or overlong UTF-8 (`%c0%ae`) is how dot segments hide from lenient decoders.
    return { status: 400, detail: 'Path not allowed' }
  }
  // NFKC maps look-alikes such as the full-width dot (U+FF0E) to '.', as some back ends do.
  const segments = path.normalize('NFKC').split('/')
  if (segments.some((segment) => segment === '.' || segment === '..') || CONTROL.test(path))
    return { status: 400, detail: 'Path not allowed' }
  if (queryAt !== -1 && new URLSearchParams(url.slice(queryAt + 1)).has('_method'))
    return { status: 400, detail: 'Method override parameters are not supported' }
  return null
}
