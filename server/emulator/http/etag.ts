import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { ProblemError } from './problem.ts'

/**
 * lucca-api.md §2.6 [E]: W/" + 16 hex chars of SHA-1 over the canonical JSON + "; `bare` leaves out the
 * quotes.
 */
export function etagOf(value: unknown, style: 'quoted' | 'bare' = 'quoted'): string {
  const opaque = createHash('sha1').update(canonicalJson(value)).digest('hex').slice(0, 16)
  return style === 'quoted' ? `W/"${opaque}"` : `W/${opaque}`
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

function bare(tag: string): string {
  return tag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1')
}

function matches(header: string, current: string): boolean {
  const wanted = bare(current)
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === wanted)
}

/** GET: 304 when If-None-Match matches; otherwise the body with its ETag. */
export function sendCacheable(
  request: FastifyRequest,
  reply: FastifyReply,
  body: unknown,
  etag: string,
): FastifyReply {
  reply.header('etag', etag)
  const ifNoneMatch = request.headers['if-none-match']
  if (ifNoneMatch && matches(ifNoneMatch, etag)) return reply.code(304).send()
  return reply.send(body)
}

/** Writes: 412 with an empty body and the current ETag when If-Match does not match. */
export function checkIfMatch(request: FastifyRequest, currentEtag: string): void {
  const ifMatch = request.headers['if-match']
  if (ifMatch && !matches(ifMatch, currentEtag)) {
    throw new ProblemError(412, undefined, undefined, { etag: currentEtag })
  }
}
