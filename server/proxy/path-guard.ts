import { ALLOWED_QUERY } from './route-table.ts'

const MAX_URL_LENGTH = 2048
const MAX_QUERY_VALUE = 512
// Plain path characters only: no '%', '.', ';', '\\' or ':' can smuggle a second meaning past the table.
const SAFE_PATH = /^\/lucca-api(\/[A-Za-z0-9_-]+)+$/

function hasControl(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

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
    if (value.length > MAX_QUERY_VALUE || hasControl(value) || value.includes('%')) {
      return { ok: false, status: 400, detail: `Query parameter value not allowed: ${name}` }
    }
    out.append(name, value)
  }
  // ',' and '!' are sub-delimiters Lucca uses literally in filters and cursors (`id=1,3`, `page=!98f`).
  const query = out.toString().replaceAll('%2C', ',').replaceAll('%21', '!')
  return { ok: true, path: rawPath.slice('/lucca-api'.length), query: query ? `?${query}` : '' }
}
