import { randomUUID } from 'node:crypto'
import fastifyCookie from '@fastify/cookie'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { AccountRegistry } from './accounts.ts'
import { alertsRoutes, type AlertsRouteDeps } from '../alerts/alerts-routes.ts'
import type { AuditLog } from './audit/audit-log.ts'
import type { ProxyConfig } from './config.ts'
import { auditRoutes } from './audit/audit-routes.ts'
import { csrfGuard } from './auth/csrf.ts'
import type { CompanySignIn } from './auth/company-sign-in.ts'
import { BACKCHANNEL_LOGOUT_PATH, backchannelLogoutRoute } from './auth/oidc-logout.ts'
import { oidcRoutes } from './auth/oidc-routes.ts'
import { companyTrail } from './auth/oidc-trail.ts'
import { hostGuard, loopbackHostGuard } from './auth/host-guard.ts'
import type { SessionService } from './auth/session.ts'
import { sessionRoutes } from './auth/session-routes.ts'
import { LoginThrottle } from './auth/throttle.ts'
import { usersRoutes } from './auth/users-routes.ts'
import type { UserStore } from './auth/users-store.ts'
import { isDatabaseUnavailable } from '../db/errors.ts'
import { connectionRoutes } from './connection/connection-routes.ts'
import { healthRoutes } from './health-routes.ts'
import type { History } from './history/history.ts'
import { historyRoutes } from './history/history-routes.ts'
import type { StreamTimings } from './history/stream.ts'
import { clientErrorHandler, createServer, DEFAULT_TIMEOUTS, type ClientTimeouts } from './http-server.ts'
import { luccaRoutes } from './lucca-routes.ts'
import { endpointNotesRoutes } from './notes/endpoint-notes-routes.ts'
import type { EndpointNotesStore } from './notes/endpoint-notes-store.ts'
import { checkRequestShape } from './path-guard.ts'
import { sendProblem } from './problem.ts'
import { systemResolver, type ResolveHost } from './receiver-guard.ts'
import { FIXED_SECURITY_HEADERS, securityHeaders } from './security-headers.ts'
import { staticFiles } from './static.ts'

export type { ClientTimeouts } from './http-server.ts'

export interface AppDeps {
  logger: FastifyBaseLogger
  accounts: AccountRegistry
  users: UserStore
  sessions: SessionService
  audit: AuditLog
  notes: EndpointNotesStore
  /** The account-wide history the collector keeps (issue 14), and its live feed. */
  history: History
  /** Alert rules, alerts and their messages (issue 15), and the embedded default's local outbox. */
  alerts: Pick<AlertsRouteDeps, 'store' | 'localOutbox'>
  sessionSecret: string
  /** Company sign-in (issue 17); absent or null: off, and password sign-in as before. */
  company?: CompanySignIn | null
  localLogin?: ProxyConfig['localLogin']
  staticDir: string
  devOrigins: readonly string[]
  publicOrigin?: string | null
  trustProxy?: boolean
  /** Refuse non-loopback Host names (DNS rebinding); server.ts sets it for a loopback bind without PUBLIC_ORIGIN. */
  loopbackOnly?: boolean
  https?: { cert: string; key: string } | null
  now?: () => number
  timeouts?: ClientTimeouts
  /** How a receiver's host name is resolved before it is sent to Lucca; tests answer without DNS. */
  resolveHost?: ResolveHost
  /** The live streams' status, heartbeat and session-check periods; tests shorten them. */
  streamTimings?: StreamTimings
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const tls = deps.https
  const timeouts = deps.timeouts ?? DEFAULT_TIMEOUTS
  const app = Fastify({
    loggerInstance: deps.logger,
    genReqId: () => randomUUID(),
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: 64 * 1024,
    return503OnClosing: true,
    serverFactory: (handler) => createServer(handler, tls ?? null, timeouts),
    // The router's refusals (a path that is not valid percent-encoded UTF-8) come before any hook.
    // The reply is made outside any route, so the onSend security headers do not run on it.
    frameworkErrors: (_error, request, reply) =>
      sendProblem(
        reply.headers(FIXED_SECURITY_HEADERS).header('x-request-id', request.id),
        400,
        'Path not allowed',
        'bad-request',
      ),
    clientErrorHandler: clientErrorHandler(deps.logger),
  })
  await app.register(fastifyCookie, { secret: deps.sessionSecret })
  securityHeaders(app)
  // An empty JSON body (e.g. a DELETE sent with Content-Type: application/json) is no body, not a 400.
  app.removeContentTypeParser(['application/json', 'text/plain'])
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, undefined)
    try {
      done(null, JSON.parse(String(body)))
    } catch {
      done(Object.assign(new Error('Body is not valid JSON'), { statusCode: 400 }), undefined)
    }
  })
  app.addHook('onRequest', async (request, reply) => {
    const { url = '', httpVersion, rawHeaders } = request.raw
    const refused = checkRequestShape({ url, httpVersion, rawHeaders })
    if (refused) return sendProblem(reply, refused.status, refused.detail, 'bad-request')
  })
  if (deps.publicOrigin) app.addHook('onRequest', hostGuard(deps.publicOrigin))
  else if (deps.loopbackOnly) app.addHook('onRequest', loopbackHostGuard())
  const serverToServer = deps.company ? [BACKCHANNEL_LOGOUT_PATH] : []
  app.addHook('onRequest', csrfGuard(deps.devOrigins, deps.publicOrigin ?? null, serverToServer))
  app.setErrorHandler((error, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable')
      // Nothing was changed; the SPA says the console is unavailable and tries again by itself.
      return sendProblem(reply, 503, 'The console’s database is not answering', 'database-unavailable', {
        retryAfterSeconds: 5,
      })
    }
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
  const localLogin = deps.localLogin ?? { mode: 'on' }
  sessionRoutes(app, { ...deps, localLogin, throttle: new LoginThrottle(5, 15 * 60_000, deps.now) })
  if (deps.company) {
    const trail = companyTrail(deps.accounts, deps.audit)
    oidcRoutes(app, { ...deps, company: deps.company, trail })
    await backchannelLogoutRoute(app, { ...deps.company, oidc: deps.company.settings, trail })
  }
  auditRoutes(app, deps.sessions, deps.audit)
  usersRoutes(app, deps)
  connectionRoutes(app, deps)
  endpointNotesRoutes(app, deps)
  alertsRoutes(app, { ...deps, ...deps.alerts })
  historyRoutes(app, deps)
  await app.register(luccaRoutes, { ...deps, resolveHost: deps.resolveHost ?? systemResolver })
  await staticFiles(app, deps.staticDir, async (request) => (await deps.sessions.load(request)) !== null)
  return app
}
