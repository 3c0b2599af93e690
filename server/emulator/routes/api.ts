import type { FastifyError, FastifyInstance } from 'fastify'
import type { EmulatorContext } from '../context.ts'
import { refuseUndocumentedQuery } from '../http/documented-query.ts'
import { registerGuards } from '../http/guards.ts'
import { acceptJsonOnly } from '../http/json-body.ts'
import { ProblemError, sendProblem } from '../http/problem.ts'
import { countRequests } from '../http/request-counts.ts'
import { attemptRoutes } from './attempts.ts'
import { deliveryRoutes } from './deliveries.ts'
import { endpointRoutes } from './endpoints.ts'
import { eventRoutes } from './events.ts'

// For 405 answers: which methods each path shape allows.
const allowed: [RegExp, string][] = [
  [/^\/lucca-api\/(webhook-endpoints|webhook-deliveries)\/?$/, 'GET, HEAD, POST'],
  [/^\/lucca-api\/webhook-endpoints\/[^/]+\/?$/, 'GET, HEAD, PATCH, DELETE'],
  [/^\/lucca-api\/(webhook-deliveries|webhook-delivery-attempts|events)\/[^/]+\/?$/, 'GET, HEAD'],
  [/^\/lucca-api\/(webhook-delivery-attempts|events)\/?$/, 'GET, HEAD'],
]

const handlerTimeoutMs = 5000

/** Everything under /lucca-api: JSON bodies, the common guards, problem+json errors. */
export async function luccaApi(app: FastifyInstance, ctx: EmulatorContext): Promise<void> {
  acceptJsonOnly(app)
  // lucca-api.md §2.8: a call that takes more than 5 s (fault-injected latency included) is a 408.
  app.addHook('onRoute', (route) => {
    route.handlerTimeout = handlerTimeoutMs
  })
  countRequests(app, ctx)
  registerGuards(app, ctx)
  if (ctx.settings.strict) refuseUndocumentedQuery(app)
  app.addHook('onSend', async (_request, reply) => {
    reply.header('vary', 'accept-encoding')
  })
  app.setErrorHandler((error: FastifyError | ProblemError, request, reply) => {
    if (error instanceof ProblemError) return sendProblem(request, reply, error)
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendProblem(
        request,
        reply,
        new ProblemError(415, 'Send application/json.', {
          'Content-Type': ['The body must be application/json.'],
        }),
      )
    }
    if (error.code === 'FST_ERR_HANDLER_TIMEOUT') {
      return sendProblem(
        request,
        reply,
        new ProblemError(408, `The request took more than ${handlerTimeoutMs} ms.`),
      )
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendProblem(
        request,
        reply,
        new ProblemError(413, 'The request body is too large.', {
          body: ['The request body is too large.'],
        }),
      )
    }
    const status = error.statusCode ?? 500
    if (status >= 400 && status < 500) {
      return sendProblem(
        request,
        reply,
        new ProblemError(status, error.message, { request: [error.message] }),
      )
    }
    request.log.error(error)
    return sendProblem(request, reply, new ProblemError(500))
  })
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    const allow = allowed.find(([pattern]) => pattern.test(path))?.[1]
    if (allow && !allow.split(', ').includes(request.method)) {
      return sendProblem(request, reply, new ProblemError(405, `Use one of: ${allow}.`, undefined, { allow }))
    }
    return sendProblem(request, reply, new ProblemError(404, `No route ${request.method} ${path}.`))
  })
  await endpointRoutes(app, ctx)
  await deliveryRoutes(app, ctx)
  await attemptRoutes(app, ctx)
  await eventRoutes(app, ctx)
}
