import { randomUUID } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import fastifyCookie from '@fastify/cookie'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { AccountRegistry } from './accounts.ts'
import type { AuditLog } from './audit/audit-log.ts'
import { auditRoutes } from './audit/audit-routes.ts'
import { csrfGuard } from './auth/csrf.ts'
import { hostGuard } from './auth/host-guard.ts'
import type { SessionService } from './auth/session.ts'
import { sessionRoutes } from './auth/session-routes.ts'
import { LoginThrottle } from './auth/throttle.ts'
import type { UserStore } from './auth/users-store.ts'
import { healthRoutes } from './health-routes.ts'
import { luccaRoutes } from './lucca-routes.ts'
import { sendProblem } from './problem.ts'
import { securityHeaders } from './security-headers.ts'
import { staticFiles } from './static.ts'

export const MAX_HEADER_BYTES = 8 * 1024

export interface AppDeps {
  logger: FastifyBaseLogger
  accounts: AccountRegistry
  users: UserStore
  sessions: SessionService
  audit: AuditLog
  sessionSecret: string
  staticDir: string
  devOrigins: readonly string[]
  publicOrigin?: string | null
  trustProxy?: boolean
  https?: { cert: string; key: string } | null
  now?: () => number
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const tls = deps.https
  const app = Fastify({
    loggerInstance: deps.logger,
    genReqId: () => randomUUID(),
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: 64 * 1024,
    return503OnClosing: true,
    // 8 KiB headers, as Lucca: Node answers 431 before any of our code runs.
    serverFactory: (handler) =>
      tls
        ? (https.createServer({ ...tls, maxHeaderSize: MAX_HEADER_BYTES }, handler) as unknown as http.Server)
        : http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, handler),
  })
  await app.register(fastifyCookie, { secret: deps.sessionSecret })
  securityHeaders(app)
  // An empty JSON body (e.g. a DELETE sent with Content-Type: application/json) is no body, not a 400.
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, undefined)
    try {
      done(null, JSON.parse(String(body)))
    } catch {
      done(Object.assign(new Error('Body is not valid JSON'), { statusCode: 400 }), undefined)
    }
  })
  if (deps.publicOrigin) app.addHook('onRequest', hostGuard(deps.publicOrigin))
  app.addHook('onRequest', csrfGuard(deps.devOrigins, deps.publicOrigin ?? null))
  app.setErrorHandler((error, request, reply) => {
    const code = error instanceof Error && 'statusCode' in error ? Number(error.statusCode) : 500
    const status = code >= 400 && code <= 599 ? code : 500
    if (status >= 500) request.log.error({ err: error }, 'request failed')
    // Fastify's own 4xx messages (body too large, bad JSON) are safe to show; ours never carry secrets.
    return sendProblem(
      reply,
      status,
      status >= 500 || !(error instanceof Error) ? 'Unexpected error' : error.message,
    )
  })
  healthRoutes(app, deps.accounts)
  sessionRoutes(app, { ...deps, throttle: new LoginThrottle(5, 15 * 60_000, deps.now) })
  auditRoutes(app, deps.sessions, deps.audit)
  await app.register(luccaRoutes, deps)
  await staticFiles(app, deps.staticDir)
  return app
}
