import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { AccountRegistry } from './accounts.ts'
import type { AuditLog, AuditWrite } from './audit/audit-log.ts'
import { classifyWrite } from './audit/classify.ts'
import { hasRole } from './auth/roles.ts'
import type { SessionService } from './auth/session.ts'
import { checkJsonBody } from './body-guard.ts'
import type { History } from './history/history.ts'
import { guardTarget } from './path-guard.ts'
import { readPreconditions } from './preconditions.ts'
import { sendProblem } from './problem.ts'
import { refuseReceiver, type ResolveHost } from './receiver-guard.ts'
import { allowedMethods, matchRoute } from './route-table.ts'
import { answer, statusOf } from './outcome-reply.ts'

const MAX_BODY_BYTES = 256 * 1024

interface LuccaRouteDeps {
  sessions: SessionService
  accounts: AccountRegistry
  audit: AuditLog
  history: History
  resolveHost: ResolveHost
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
  if (!match) {
    const allowed = allowedMethods(target.path)
    if (allowed.length === 0)
      return sendProblem(reply, 404, 'This Lucca route is not available through the console', 'not-allowed')
    reply.header('allow', allowed.join(', '))
    return sendProblem(reply, 405, `Use ${allowed.join(' or ')} on this route`, 'not-allowed')
  }
  const preconditions = readPreconditions(request.headers)
  if (!preconditions.ok) return sendProblem(reply, 400, preconditions.detail, 'bad-request')
  if (!hasRole(session.user.role, match.route.role)) {
    return sendProblem(reply, 403, 'Your role may not do this', 'forbidden-role')
  }
  const body = Buffer.isBuffer(request.body) && request.body.length > 0 ? request.body : null
  const hasBody = match.route.body !== undefined
  // Fastify does not read a GET's body at all, so a body is spotted from its framing headers.
  const framed = Number(request.headers['content-length'] ?? 0) > 0 || 'transfer-encoding' in request.headers
  if (!hasBody && (body || framed)) return sendProblem(reply, 400, 'This route takes no body', 'bad-body')
  if (hasBody && !body && match.route.body === 'required')
    return sendProblem(reply, 400, 'This route needs a JSON body', 'bad-body')
  if (body) {
    const refused = checkJsonBody(body, request.headers['content-type'], request.headers['content-encoding'])
    if (refused) return sendProblem(reply, refused.status, refused.detail, 'bad-body')
  }
  const runtime = deps.accounts.get(session.record.accountId) ?? deps.accounts.get(deps.accounts.defaultId)
  if (!runtime) return sendProblem(reply, 503, 'No Lucca account is available')
  const who = {
    username: session.user.username,
    accountId: runtime.account.id,
    accountLabel: runtime.account.label,
  }
  if (match.route.receiver && body && !runtime.account.allowsPrivateReceivers) {
    const refused = await refuseReceiver(body, deps.resolveHost)
    if (refused) {
      // Audited with what it would have changed (e.g. webhook-endpoints/12), though Lucca never sees it.
      const attempted = classifyWrite(match, new URLSearchParams(), body, null)
      if (attempted)
        await record(request, deps.audit, { ...attempted, ...who, action: 'endpoint.refused', status: 422 })
      const errors = { webhookUrl: [refused.message] }
      const receiver = { problem: refused.problem, host: refused.host }
      return sendProblem(reply, 422, refused.message, 'unreachable-receiver', { errors, receiver })
    }
  }
  const outcome = await runtime.upstream.forward({
    method: match.route.method,
    path: target.path,
    query: target.query,
    // Narrowed to a type Lucca offers in upstream-request.ts, whatever the browser sent.
    accept: request.headers.accept,
    contentType: hasBody && body ? 'application/json' : undefined,
    ...preconditions.value,
    body: hasBody ? body : null,
    requestId: request.id,
  })
  const status = statusOf(outcome)
  if (outcome.kind !== 'response' || status === 429) {
    request.log.warn(
      { account: runtime.account.id, outcome: outcome.kind, status },
      'Lucca call not completed',
    )
  }
  const responseBody = outcome.kind === 'response' ? outcome.response.body : null
  const classified = classifyWrite(match, new URLSearchParams(target.query), body, responseBody)
  const action = classified && (await withTopic(request, deps.history, runtime.account.id, classified))
  // Written before the answer is sent: once the SPA sees its write succeed, the trail already shows it.
  if (action) await record(request, deps.audit, { ...action, ...who, status })
  if (action?.action === 'endpoint.create' && status >= 200 && status < 300)
    await recordCreated(request, deps.history, who, action.target, responseBody)
  // The list shows what the admin just did without waiting for the collector's next round.
  if (outcome.kind === 'response')
    await deps.history.writeThrough(runtime.account.id, {
      method: match.route.method,
      path: target.path,
      status,
      body: responseBody,
    })
  await answer(reply, outcome)
  return reply
}

const redeliveryPattern = /^events\/([^/\s]+) -> (webhook-endpoints\/\S+)$/

/**
 * A real event sent again carries personal data: the trail names its topic beside its id
 * (`events/e1 (employee.created) -> webhook-endpoints/26`), from the history, so it costs Lucca nothing.
 */
async function withTopic<T extends { action: string; target: string }>(
  request: FastifyRequest,
  history: History,
  accountId: string,
  write: T,
): Promise<T> {
  const [, eventId, endpoint] = redeliveryPattern.exec(write.target) ?? []
  if (write.action !== 'delivery.redeliver' || !eventId || !endpoint) return write
  try {
    const topic = await history.topicOf(accountId, eventId)
    return topic ? { ...write, target: `events/${eventId} (${topic}) -> ${endpoint}` } : write
  } catch (error) {
    request.log.error({ err: error }, 'event topic not read for the trail')
    return write
  }
}

/**
 * A failing trail is logged, never turned into a 500 for a done write. A write that does not name its
 * endpoint (a delete, a test) is labelled with the name the trail last recorded for it.
 */
async function record(request: FastifyRequest, audit: AuditLog, entry: AuditWrite): Promise<void> {
  try {
    // A redelivery is labelled with its endpoint's name.
    const labelled = / -> (webhook-endpoints\/\S+)$/.exec(entry.target)?.[1] ?? entry.target
    const targetLabel = entry.targetLabel ?? (await audit.labelOf(entry.accountId, labelled))
    await audit.record({ ...entry, targetLabel })
  } catch (error) {
    request.log.error({ err: error, action: entry.action }, 'audit trail write failed')
  }
}

/**
 * An endpoint made through the console: its secret was shown here, once. The history marks the others
 * "created outside this console". Like the trail, a failure is logged, never a 500 for a done write.
 */
async function recordCreated(
  request: FastifyRequest,
  history: History,
  who: { username: string; accountId: string },
  target: string,
  body: Buffer | null,
): Promise<void> {
  const endpointId = /^webhook-endpoints\/(.+)$/.exec(target)?.[1]
  if (endpointId === undefined) return
  try {
    await history.endpoints.recordCreated(who.accountId, endpointId, who.username, secretOf(body))
  } catch (error) {
    request.log.error({ err: error }, 'console-created endpoint not recorded')
  }
}

/** The secret in Lucca's 201 (the only answer that has it), for its last 4 characters; never kept whole. */
function secretOf(body: Buffer | null): string | undefined {
  try {
    const parsed: unknown = body ? JSON.parse(body.toString('utf8')) : null
    const secret = (parsed as { secret?: unknown } | null)?.secret
    return typeof secret === 'string' ? secret : undefined
  } catch {
    return undefined
  }
}
