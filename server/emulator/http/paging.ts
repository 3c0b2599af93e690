import { createHash } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import type { components } from '../../../contract/lucca-api'
import { baseUrl } from './base-url.ts'
import { fieldError } from './problem.ts'
import { queryValue, type Include } from './query.ts'

type CollectionLinks = components['schemas']['CollectionLinks']

interface PageRequest {
  offset: number
  limit: number
  descending: boolean
  /** Hash of the filters and sort, so a cursor cannot be replayed on another query. */
  queryHash: string
  cursors: Cursors
}

/** How `page` values are read and written: the default's, or strict mode's (cursors.ts). */
export interface Cursors {
  /** The offset a `page` value stands for; a 400 problem when this mode does not accept it. */
  read(page: string, limit: number, queryHash: string): number
  write(offset: number, queryHash: string): string
}

/**
 * lucca-api.md §3.2 [E]: limit 0..100 (default 25), opaque `!base64url` cursor or 1-based page number,
 * sort id|-id.
 */
export function parsePaging(
  request: FastifyRequest,
  filters: Record<string, unknown>,
  cursors: Cursors,
): PageRequest {
  const rawLimit = queryValue(request, 'limit')
  if (rawLimit !== undefined && !/^\d{1,3}$/.test(rawLimit)) {
    throw fieldError('limit', 'The limit must be an integer between 0 and 100.')
  }
  const limit = rawLimit === undefined ? 25 : Number(rawLimit)
  if (limit > 100) throw fieldError('limit', 'The limit must be an integer between 0 and 100.')
  const sort = queryValue(request, 'sort') ?? 'id'
  if (sort !== 'id' && sort !== '-id') throw fieldError('sort', 'The sort must be "id" or "-id".')
  const queryHash = createHash('sha1').update(JSON.stringify({ filters, sort })).digest('hex').slice(0, 12)
  const page = queryValue(request, 'page')
  const offset = page === undefined ? 0 : cursors.read(page, limit, queryHash)
  return { offset, limit, descending: sort === '-id', queryHash, cursors }
}

/** The default's `page`: a 1-based number, or `!` + base64url of `{o: offset, q: query hash}`. */
export const plainCursors: Cursors = {
  read(page, limit, queryHash) {
    if (/^\d{1,9}$/.test(page) && Number(page) >= 1) return (Number(page) - 1) * limit
    const cursor = page.startsWith('!') ? readCursor(page.slice(1)) : undefined
    if (!cursor || cursor.q !== queryHash)
      throw fieldError('page', 'The page cursor is invalid for this query.')
    return cursor.o
  },
  write: (offset, queryHash) => encodeCursor({ o: offset, q: queryHash }),
}

/** `{o, q}` and any other fields of a cursor, or undefined when it is not one. */
export function readCursor(
  encoded: string,
): ({ o: number; q: string } & Record<string, unknown>) | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))
    if (typeof parsed !== 'object' || parsed === null || !('o' in parsed) || !('q' in parsed))
      return undefined
    const { o, q } = parsed
    return Number.isSafeInteger(o) && typeof o === 'number' && o >= 0 && typeof q === 'string'
      ? { ...parsed, o, q }
      : undefined
  } catch {
    return undefined
  }
}

export function encodeCursor(fields: Record<string, unknown>): string {
  return `!${Buffer.from(JSON.stringify(fields)).toString('base64url')}`
}

export interface Page<T> {
  items: T[]
  totalCount?: number
  links?: CollectionLinks
}

export function paginate<T>(
  request: FastifyRequest,
  all: T[],
  paging: PageRequest,
  include: Include,
): Page<T> {
  const ordered = paging.descending ? [...all].reverse() : all
  const items = ordered.slice(paging.offset, paging.offset + paging.limit)
  const page: Page<T> = { items }
  if (include.has('totalCount')) page.totalCount = all.length
  if (include.has('links')) {
    const step = Math.max(paging.limit, 1)
    const hasNext = paging.limit > 0 && paging.offset + paging.limit < all.length
    page.links = {
      prev: paging.offset > 0 ? { href: pageUrl(request, Math.max(0, paging.offset - step), paging) } : null,
      next: hasNext ? { href: pageUrl(request, paging.offset + paging.limit, paging) } : null,
    }
  }
  return page
}

function pageUrl(request: FastifyRequest, offset: number, paging: PageRequest): string {
  const url = new URL(request.url, baseUrl(request))
  url.searchParams.set('page', paging.cursors.write(offset, paging.queryHash))
  return `${baseUrl(request)}${url.pathname}${url.search}`
}
