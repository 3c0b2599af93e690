import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { EmulatorContext } from '../context.ts'
import { baseUrl, siteOf, type Site } from '../http/base-url.ts'
import { etagOf, sendCacheable } from '../http/etag.ts'
import { paginate, parsePaging } from '../http/paging.ts'
import { notFound } from '../http/problem.ts'
import { parseInclude, queryList, withoutEmbedded, type Include } from '../http/query.ts'
import { attemptView, deliveryView, eventView, noInclude } from '../representations.ts'
import type { AttemptRecord } from '../store/records.ts'

const read = ['webhook-deliveries.readonly', 'webhook-deliveries.readwrite'] as const

/** lucca-api.md §6.10–§6.11. */
export async function attemptRoutes(app: FastifyInstance, ctx: EmulatorContext): Promise<void> {
  const path = '/webhook-delivery-attempts'
  const { variant } = ctx.settings
  const view = (request: FastifyRequest, a: AttemptRecord, include: Include) => {
    const delivery = ctx.store.deliveries.get(a.deliveryId)
    const event = delivery ? ctx.store.events.get(delivery.eventId) : undefined
    return attemptView(siteOf(request, variant), a, include, delivery, event)
  }

  app.get(path, { config: { scopes: read } }, async (request, reply) => {
    const include = parseInclude(request)
    const deliveryIds = queryList(request, 'webhookDelivery.id')
    const paging = parsePaging(request, { deliveryIds }, ctx.cursors)
    const all = ctx.store.attempts.listed().filter((a) => !deliveryIds || deliveryIds.includes(a.deliveryId))
    const page = paginate(request, all, paging, include)
    const body = {
      type: 'webhook-delivery-attempts' as const,
      url: `${baseUrl(request)}${request.url}`,
      ...page,
      items: page.items.map((a) => view(request, a, withoutEmbedded(include))),
      ...(include.has('embedded') ? { embedded: embedded(siteOf(request, variant), page.items, ctx) } : {}),
    }
    return sendCacheable(request, reply, body, etagOf(body, variant.etagStyle))
  })

  app.get<{ Params: { id: string } }>(`${path}/:id`, { config: { scopes: read } }, async (request, reply) => {
    const include = parseInclude(request)
    const attempt = ctx.store.attempts.get(request.params.id)
    if (!attempt) throw notFound('webhook-delivery-attempt', request.params.id)
    return sendCacheable(
      request,
      reply,
      view(request, attempt, include),
      etagOf(view(request, attempt, noInclude), variant.etagStyle),
    )
  })
}

function embedded(site: Site, attempts: AttemptRecord[], ctx: EmulatorContext) {
  const deliveries = [...new Set(attempts.map((a) => a.deliveryId))].flatMap(
    (id) => ctx.store.deliveries.get(id) ?? [],
  )
  const events = deliveries.flatMap((d) => ctx.store.events.get(d.eventId) ?? [])
  return {
    'webhook-delivery': Object.fromEntries(
      deliveries.map((d) => [d.id, deliveryView(site, d, noInclude, ctx.store.events.get(d.eventId))]),
    ),
    event: Object.fromEntries(events.map((e) => [e.id, eventView(site.base, e, noInclude)])),
  }
}
