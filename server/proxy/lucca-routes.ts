import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AccountRegistry } from './accounts.ts'
import type { AuditLog } from './audit/audit-log.ts'
import { classifyWrite } from './audit/classify.ts'
import { hasRole } from './auth/roles.ts'
import type { SessionService } from './auth/session.ts'
import { guardTarget } from './path-guard.ts'
import { sendProblem } from './problem.ts'
import { matchRoute } from './route-table.ts'
import { answer } from './outcome-reply.ts'

const MAX_BODY_BYTES = 256 * 1024

interface LuccaRouteDeps {
  sessions: SessionService
  accounts: AccountRegistry
  audit: AuditLog
}

export async function luccaRoutes(app: FastifyInstance, deps: LuccaRouteDeps): Promise<void> {
  // Bodies stay raw bytes: forwarded exactly as sent, parsed only to classify audit entries.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (_request, body, done) =>
    done(null, body),
  )
  const handler = (request: FastifyRequest, reply: FastifyReply) => forward(request, reply, deps)
  app.all('/lucca-api', handler)
  app.all('/lucca-api/*', handler)
}

async function forward(request: FastifyRequest, reply: FastifyReply, deps: LuccaRouteDeps) {
  const session = await deps.sessions.load(request)
  if (!session) return sendProblem(reply, 401, 'Not signed in', 'not-signed-in')
  const target = guardTarget(request.raw.url ?? '')
  if (!target.ok) return sendProblem(reply, target.status, target.detail, 'bad-path')
  const match = matchRoute(request.method, target.path)
  if (!match)
    return sendProblem(reply, 404, 'This Lucca route is not available through the console', 'not-allowed')
  if (!hasRole(session.user.role, match.route.role)) {
    return sendProblem(reply, 403, 'Your role may not do this', 'forbidden-role')
  }
  const body = Buffer.isBuffer(request.body) && request.body.length > 0 ? request.body : null
  const contentType = request.headers['content-type']
  const hasBody = match.route.method === 'POST' || match.route.method === 'PATCH'
  if (hasBody && body && !contentType?.startsWith('application/json')) {
    return sendProblem(reply, 415, 'Send application/json')
  }
  if (!hasBody && body) return sendProblem(reply, 400, 'This route takes no body')
  const runtime = deps.accounts.get(session.record.accountId) ?? deps.accounts.get(deps.accounts.defaultId)
  if (!runtime) return sendProblem(reply, 500, 'No account')
  const outcome = await runtime.upstream.forward({
    method: match.route.method,
    path: target.path,
    query: target.query,
    accept: header(request, 'accept'),
    contentType: hasBody && body ? 'application/json' : undefined,
    ifMatch: header(request, 'if-match'),
    ifNoneMatch: header(request, 'if-none-match'),
    body: hasBody ? body : null,
    requestId: request.id,
  })
  const status = await answer(reply, outcome)
  if (outcome.kind !== 'response' || status === 429) {
    request.log.warn(
      { account: runtime.account.id, outcome: outcome.kind, status },
      'Lucca call not completed',
    )
  }
  const write = classifyWrite(
    match,
    new URLSearchParams(target.query),
    body,
    outcome.kind === 'response' ? outcome.response.body : null,
  )
  if (write) {
    await deps.audit.record({
      ...write,
      username: session.user.username,
      accountId: runtime.account.id,
      status,
    })
  }
  return reply
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name]
  return typeof value === 'string' && value.length <= 1024 ? value : undefined
}
