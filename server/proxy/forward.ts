import type { Method } from './route-table.ts'

// Shared by upstream.ts (retries, budget, breaker) and upstream-request.ts (one exchange), so that neither
// imports the other.
export interface ForwardRequest {
  method: Method
  /** Already checked against the route table, e.g. /webhook-endpoints/12 */
  path: string
  query: string
  accept: string | undefined
  contentType: string | undefined
  ifMatch: string | undefined
  ifNoneMatch: string | undefined
  body: Buffer | null
  requestId: string
}

export interface UpstreamResponse {
  status: number
  headers: Record<string, string>
  body: Buffer
}

export type ForwardOutcome =
  | { kind: 'response'; response: UpstreamResponse }
  | { kind: 'budget'; retryAfterSeconds: number }
  | { kind: 'circuit-open'; retryAfterSeconds: number }
  | { kind: 'timeout' }
  | {
      kind: 'bad-gateway'
      reason: 'upstream-error' | 'upstream-auth'
      detail: string
      /** Why, in one word (`dns`, `tls`, `invalid_client`, `http-503`…): the SPA names the failing step. */
      cause?: string
    }
