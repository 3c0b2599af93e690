import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Clock } from '../clock.ts'
import type { RuntimeConfig, Scope } from '../options.ts'
import { ProblemError, fieldError } from './problem.ts'
import type { Grant, TokenStore } from './tokens.ts'

const apiVersion = '2024-11-01'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Any one of these scopes lets the call through (lucca-api.md §2.2). */
    scopes?: readonly Scope[]
  }
  interface FastifyRequest {
    grant: Grant | undefined
  }
}

interface GuardDeps {
  runtime: RuntimeConfig
  clock: Clock
  tokens: TokenStore
}

/** The checks every /lucca-api call goes through, in the order a client meets them. */
export function registerGuards(app: FastifyInstance, deps: GuardDeps): void {
  const windows = new Map<string, { start: number; count: number }>()
  app.decorateRequest('grant', undefined)
  app.addHook('onRequest', async (request, reply) => {
    reply.header('api-version', apiVersion)
    checkHeaderSize(request)
    if (deps.runtime.outage)
      throw new ProblemError(503, 'Lucca is unavailable (outage switched on by PUT /_emulator/config).')
    injectFault(deps.runtime)
    if (deps.runtime.latencyMs > 0)
      await new Promise((resolve) => setTimeout(resolve, deps.runtime.latencyMs))
    limitRate(request, deps, windows)
    checkApiVersion(request)
    request.grant = authenticate(request, deps.tokens)
    // [E] An account without webhooks (OAuthClient.webhooksDisabled), as Lucca answers one (§12 R7).
    if (request.grant.webhooksDisabled)
      throw new ProblemError(403, 'Webhooks are not enabled for this account.')
    checkScopes(request, request.grant)
  })
}

// lucca-api.md §2.8: request headers are capped at 8 KB (Node itself only stops at 16 KiB).
const maxHeaderBytes = 8 * 1024

function checkHeaderSize(request: FastifyRequest): void {
  const size = request.raw.rawHeaders.reduce((total, part) => total + Buffer.byteLength(part) + 2, 0)
  if (size > maxHeaderBytes) throw new ProblemError(431, `Request headers exceed ${maxHeaderBytes} bytes.`)
}

function injectFault(runtime: RuntimeConfig): void {
  const fault = runtime.failNext
  if (!fault || fault.count <= 0) return
  fault.count -= 1
  if (fault.count === 0) runtime.failNext = null
  const headers: Record<string, string> = fault.status === 429 ? { 'retry-after': '1' } : {}
  throw new ProblemError(fault.status, 'Fault injected by PUT /_emulator/config.', undefined, headers)
}

function limitRate(
  request: FastifyRequest,
  deps: GuardDeps,
  windows: Map<string, { start: number; count: number }>,
) {
  const limit = deps.runtime.rateLimit
  if (limit === 'off') return
  // lucca-api.md §2.8: one fixed window per tenant, i.e. per Host.
  const key = request.host
  const now = deps.clock.now()
  const windowMs = limit.windowSeconds * 1000
  let window = windows.get(key)
  if (!window || now - window.start >= windowMs) {
    window = { start: now, count: 0 }
    windows.set(key, window)
  }
  window.count += 1
  if (window.count > limit.requests) {
    const retryAfter = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000))
    throw new ProblemError(
      429,
      `More than ${limit.requests} requests in ${limit.windowSeconds} s.`,
      undefined,
      {
        'retry-after': String(retryAfter),
      },
    )
  }
}

function checkApiVersion(request: FastifyRequest): void {
  const header = request.headers['api-version']
  if (header === undefined) throw fieldError('Api-Version', 'The Api-Version header is required.')
  const valid =
    typeof header === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(header) && !Number.isNaN(Date.parse(header))
  if (!valid) throw fieldError('Api-Version', 'The Api-Version header must be a date (YYYY-MM-DD).')
  if (header < apiVersion) throw fieldError('Api-Version', `No API version exists before ${apiVersion}.`)
}

function authenticate(request: FastifyRequest, tokens: TokenStore): Grant {
  const match = /^Bearer ([^\s]+)$/i.exec(request.headers.authorization ?? '')
  const grant = match?.[1] ? tokens.find(match[1]) : undefined
  if (!grant) throw new ProblemError(401, 'A valid Bearer access token is required.')
  return grant
}

function checkScopes(request: FastifyRequest, grant: Grant): void {
  const accepted = request.routeOptions.config.scopes
  if (!accepted || accepted.some((scope) => grant.scopes.includes(scope))) return
  throw new ProblemError(403, `Missing scope: ${accepted.join(' or ')}.`)
}
