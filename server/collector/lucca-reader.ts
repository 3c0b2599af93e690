import { randomUUID } from 'node:crypto'
import type { ForwardOutcome } from '../proxy/forward.ts'
import type { LuccaUpstream } from '../proxy/upstream.ts'

/** What one read of Lucca gave the collector: a body, "unchanged", or why there is none. */
export type ReadResult =
  | { kind: 'ok'; body: unknown; etag: string | null }
  | { kind: 'not-modified' }
  | { kind: 'not-found' }
  /** Lucca refused the query itself (a cursor it no longer knows…): start that walk again. */
  | { kind: 'refused'; status: number }
  /** Nothing to do but wait: Lucca's 429 or 5xx, a timeout, the console's own budget, a token failure. */
  /** `cause`: what failed in the connection (server/proxy/connection/failure-cause.ts), where it is known. */
  | { kind: 'wait'; seconds: number | null; reason: string; cause?: string }

/**
 * The collector's one way to Lucca: GETs through the account's upstream at the collector's priority (its
 * share of the budget, behind admins' clicks), following only links on the account's own API origin.
 */
export class LuccaReader {
  private readonly origin: string

  constructor(
    apiUrl: string,
    private readonly upstream: Pick<LuccaUpstream, 'forward'>,
  ) {
    this.origin = new URL(apiUrl).origin
  }

  /** `target`: a path under /lucca-api with its query, or an absolute URL Lucca gave (`url`, `links`). */
  async get(
    target: string,
    etag?: string | null,
    priority: 'admin' | 'collector' = 'collector',
  ): Promise<ReadResult> {
    const url = new URL(target, this.origin)
    if (url.origin !== this.origin || !url.pathname.startsWith('/lucca-api/'))
      return { kind: 'refused', status: 0 }
    const outcome = await this.upstream.forward(
      {
        method: 'GET',
        path: url.pathname.slice('/lucca-api'.length),
        query: url.search,
        accept: 'application/json',
        contentType: undefined,
        ifMatch: undefined,
        // Sent back exactly as received (contract §12 R5).
        ifNoneMatch: etag ?? undefined,
        body: null,
        requestId: randomUUID(),
      },
      priority,
    )
    return resultOf(outcome)
  }
}

function resultOf(outcome: ForwardOutcome): ReadResult {
  switch (outcome.kind) {
    case 'budget':
      return { kind: 'wait', seconds: outcome.retryAfterSeconds, reason: 'console-budget' }
    case 'circuit-open':
      return { kind: 'wait', seconds: outcome.retryAfterSeconds, reason: 'circuit-open' }
    case 'timeout':
      return { kind: 'wait', seconds: null, reason: 'upstream-timeout' }
    case 'bad-gateway':
      return {
        kind: 'wait',
        seconds: null,
        reason: outcome.reason,
        ...(outcome.cause ? { cause: outcome.cause } : {}),
      }
    case 'response':
      break
  }
  const { status, headers, body } = outcome.response
  if (status === 304) return { kind: 'not-modified' }
  if (status === 404 || status === 410) return { kind: 'not-found' }
  if (status === 429)
    return { kind: 'wait', seconds: retryAfter(headers['retry-after']), reason: 'lucca-rate-limit' }
  if (status >= 500 || status === 408)
    return { kind: 'wait', seconds: retryAfter(headers['retry-after']), reason: 'upstream-error' }
  if (status === 401) return { kind: 'wait', seconds: null, reason: 'upstream-auth', cause: 'token-refused' }
  // Lucca's 403 names the scope the token lacks (contract §4); on the webhook API itself without one, webhooks
  // may not be enabled for the account (§12, R7). The SPA says which, and links to the connection check.
  if (status === 403)
    return { kind: 'wait', seconds: null, reason: 'upstream-auth', cause: forbiddenCause(body) }
  if (status !== 200) return { kind: 'refused', status }
  try {
    return { kind: 'ok', body: JSON.parse(body.toString('utf8')), etag: headers.etag ?? null }
  } catch {
    return { kind: 'wait', seconds: null, reason: 'upstream-error' }
  }
}

function forbiddenCause(body: Buffer): 'missing-scope' | 'forbidden' {
  try {
    const problem: unknown = JSON.parse(body.toString('utf8'))
    const detail =
      typeof problem === 'object' && problem !== null && 'detail' in problem ? problem.detail : ''
    return typeof detail === 'string' && /scope/i.test(detail) ? 'missing-scope' : 'forbidden'
  } catch {
    return 'forbidden'
  }
}

/** Retry-After in seconds, or as an HTTP date (RFC 9110 §10.2.3). */
function retryAfter(value: string | undefined): number | null {
  if (value === undefined) return null
  if (/^\d+$/.test(value.trim())) return Number(value)
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000))
}
