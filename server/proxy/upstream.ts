import { Pool } from 'undici'
import type { AccountConfig } from './accounts-config.ts'
import type { UpstreamSettings } from './config.ts'
import type { ForwardOutcome, ForwardRequest } from './forward.ts'
import { backoffMs, sleep } from './resilience/backoff.ts'
import { SharedBudget } from './resilience/budget.ts'
import { CircuitBreaker } from './resilience/circuit-breaker.ts'
import { Coalescer } from './resilience/coalesce.ts'
import { TokenError } from './token.ts'
import { sendOnce } from './upstream-request.ts'

const RETRYABLE_STATUS = new Set([502, 503, 504])

export interface TokenSource {
  get(): Promise<string>
  invalidate(token: string): void
}

/**
 * Who asks. `admin`: a click in the SPA, always first. `collector`: the server-side history reader, which
 * spends at most its share of the budget and only while admins leave that share free (issue 14).
 */
export type Priority = 'admin' | 'collector'

export interface BudgetUse {
  /** The account's whole budget for this console (LUCCA_BUDGET_PER_MINUTE). */
  limit: number
  collectorShare: number
  /** Calls made in the last minute, all of them / the collector's. */
  used: number
  collector: number
}

export interface UpstreamOptions {
  ca?: string[]
  now?: () => number
  retryBaseMs?: number
  random?: () => number
}

/** Forwards allowed calls to one Lucca account, with its own pool, token, budget and breaker. */
export class LuccaUpstream {
  private readonly breaker: CircuitBreaker
  private readonly budget: SharedBudget
  private readonly pool: Pool
  private readonly coalescer = new Coalescer<ForwardOutcome>()
  constructor(
    account: Pick<AccountConfig, 'apiUrl'>,
    settings: UpstreamSettings,
    private readonly token: TokenSource,
    private readonly options: UpstreamOptions = {},
  ) {
    // The pool is bound to this one origin: no request can be steered to another host.
    this.pool = new Pool(account.apiUrl, {
      connect: { timeout: settings.connectTimeoutMs, ...(options.ca ? { ca: options.ca } : {}) },
      headersTimeout: settings.headersTimeoutMs,
      bodyTimeout: settings.bodyTimeoutMs,
      // Enough sockets that admins' concurrent calls never queue behind a slow Lucca answer; the
      // per-account budget, not the pool, is what keeps the console under Lucca's rate limit.
      connections: 64,
    })
    this.budget = new SharedBudget(settings.budgetPerMinute, settings.collectorSharePerMinute, options.now)
    this.breaker = new CircuitBreaker(settings.circuitFailureThreshold, settings.circuitOpenMs, options.now)
  }

  forward(request: ForwardRequest, priority: Priority = 'admin'): Promise<ForwardOutcome> {
    if (request.method !== 'GET') return this.execute(request, priority)
    const key = [priority, request.path, request.query, request.accept, request.ifNoneMatch].join('\n')
    return this.coalescer.run(key, () => this.execute(request, priority))
  }

  /** One slot of the budget for a call made outside forward() (the connection check); false when none is free. */
  takeSlot(): boolean {
    return this.budget.take('admin').ok
  }

  usage(): BudgetUse {
    return this.budget.usage()
  }

  close(): Promise<void> {
    return this.pool.close()
  }

  private async execute(request: ForwardRequest, priority: Priority): Promise<ForwardOutcome> {
    // Writes are never retried (not idempotent); the collector paces and retries its own reads.
    const maxAttempts = request.method === 'GET' && priority === 'admin' ? 3 : 1
    let replayed = false
    for (let attempt = 0; ; attempt += 1) {
      const closedFor = this.breaker.check()
      if (closedFor !== null) return { kind: 'circuit-open', retryAfterSeconds: closedFor }
      const slot = this.budget.take(priority)
      if (!slot.ok) return { kind: 'budget', retryAfterSeconds: slot.retryAfterSeconds }
      let token: string
      try {
        token = await this.token.get()
      } catch (error) {
        this.breaker.failure()
        if (error instanceof TokenError)
          return {
            kind: 'bad-gateway',
            reason: 'upstream-auth',
            detail: error.message,
            cause: error.failure.cause,
          }
        return { kind: 'bad-gateway', reason: 'upstream-auth', detail: 'Lucca token request failed' }
      }
      const result = await sendOnce(this.pool, request, token)
      if (result.kind === 'response' && result.response.status === 401) {
        // One re-acquire and one replay: a 401 means Lucca did not act on the request, so replay is safe.
        this.token.invalidate(token)
        if (!replayed) {
          replayed = true
          attempt -= 1
          continue
        }
        return {
          kind: 'bad-gateway',
          reason: 'upstream-auth',
          detail: 'Lucca refused the console credentials',
          cause: 'token-refused',
        }
      }
      const failed = result.kind !== 'response' || RETRYABLE_STATUS.has(result.response.status)
      if (!failed) {
        this.breaker.success()
        return result
      }
      this.breaker.failure()
      // A Lucca that did not answer within the timeout will not answer faster on a second try: retrying
      // would only multiply the admin's wait before any message. Resets, refusals and 5xx are retried.
      if (attempt + 1 < maxAttempts && result.kind !== 'timeout') {
        await sleep(backoffMs(attempt, this.options.retryBaseMs ?? 200, this.options.random))
        continue
      }
      if (result.kind === 'timeout') return { kind: 'timeout' }
      if (result.kind === 'network')
        return {
          kind: 'bad-gateway',
          reason: 'upstream-error',
          detail: result.detail,
          ...(result.cause ? { cause: result.cause } : {}),
        }
      return result
    }
  }
}
