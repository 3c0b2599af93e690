import type { PassThrough } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import {
  DeliveriesQuerySchema,
  EndpointsQuerySchema,
  FollowSchema,
} from '../../../contract/console-history-api.ts'
import { StatsQuerySchema } from '../../../contract/console-history-stats-api.ts'
import type { AccountRegistry } from '../accounts.ts'
import type { SessionService } from '../auth/session.ts'
import { sendProblem } from '../problem.ts'
import { deliveriesExport } from './deliveries-export.ts'
import { refuseFollowUrl } from './follows.ts'
import type { History } from './history.ts'
import { queryOf } from './query-string.ts'
import { StreamHub, type StreamTimings } from './stream.ts'

interface HistoryRouteDeps {
  sessions: SessionService
  accounts: AccountRegistry
  history: History
  streamTimings?: StreamTimings
}

/** A Lucca id as the history keys it (opaque, contract §12 R3). */
const luccaIdPattern = /^[A-Za-z0-9._~-]{1,200}$/
const lastEventIdPattern = /^\d{1,19}$/

/** `/api/history/...`: the account-wide view the collector keeps, for anyone signed in, on their account. */
export function historyRoutes(app: FastifyInstance, deps: HistoryRouteDeps): void {
  const { sessions, history } = deps
  const hub = new StreamHub(history.feed, history.status, sessions, app.log, deps.streamTimings)
  app.addHook('preClose', async () => hub.closeAll())
  app.addHook('onClose', async () => history.feed.close())

  app.get('/api/history/endpoints', async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    const query = EndpointsQuerySchema.safeParse(queryOf(request))
    if (!query.success) return sendProblem(reply, 400, 'Filters not understood', 'bad-request')
    return reply.send(await history.endpoints.list(session.record.accountId, query.data))
  })

  app.get('/api/history/endpoints/:id', async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    const { id = '' } = request.params as { id?: string }
    const overview = luccaIdPattern.test(id) ? await history.overview(session.record.accountId, id) : null
    if (!overview)
      return sendProblem(reply, 404, 'The console’s history has no such endpoint', 'not-in-history')
    return reply.send(overview)
  })

  app.get('/api/history/deliveries', async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    const query = DeliveriesQuerySchema.safeParse(queryOf(request))
    if (!query.success) return sendProblem(reply, 400, 'Filters not understood', 'bad-request')
    const page = await history.deliveries.page(session.record.accountId, query.data)
    if (!page) return sendProblem(reply, 400, 'This page cursor is not one of the console’s', 'bad-request')
    return reply.send(page)
  })

  deliveriesExport(app, deps)

  app.get('/api/history/stats', async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    const query = StatsQuerySchema.safeParse(queryOf(request))
    if (!query.success) return sendProblem(reply, 400, 'Give a range of 24h, 7d, 30d or 90d', 'bad-request')
    return reply.send(await history.stats(session.record.accountId, query.data))
  })

  app.get('/api/history/deliveries/:id', async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    const { id = '' } = request.params as { id?: string }
    const detail = luccaIdPattern.test(id) ? await history.detail(session.record.accountId, id) : null
    if (!detail)
      return sendProblem(reply, 404, 'The console’s history has no such delivery', 'not-in-history')
    return reply.send(detail)
  })

  app.get('/api/history/status', async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    return reply.send(await history.status.read(session.record.accountId))
  })

  app.post('/api/history/follows', { bodyLimit: 4 * 1024 }, async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    const body = FollowSchema.safeParse(request.body)
    if (!body.success) return sendProblem(reply, 400, 'Give the delivery’s id and url', 'bad-body')
    const { accountId } = session.record
    const apiUrl = deps.accounts.get(accountId)?.apiUrl
    const apiOrigin = apiUrl ? new URL(apiUrl).origin : null
    const refused = apiOrigin ? refuseFollowUrl(body.data.url, body.data.id, apiOrigin) : 'Unknown account'
    if (refused) return sendProblem(reply, 400, refused, 'bad-body', { errors: { url: [refused] } })
    await history.follows.follow(accountId, body.data.id, body.data.url)
    return reply.code(204).send()
  })

  // No HEAD twin: it would open a stream nobody reads.
  app.get('/api/history/stream', { exposeHeadRoute: false }, async (request, reply) => {
    const session = await sessions.require(request, reply)
    if (!session) return reply
    const given = request.headers['last-event-id']
    const after = typeof given === 'string' && lastEventIdPattern.test(given) ? BigInt(given) : null
    // The tab going away (even while its stream is being opened) ends its subscription.
    let gone = false
    let out: PassThrough | null = null
    reply.raw.once('close', () => {
      gone = true
      out?.destroy()
    })
    out = await hub.open(session, after)
    if (gone) out.destroy()
    return reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('x-accel-buffering', 'no')
      .send(out)
  })
}
