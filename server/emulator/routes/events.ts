import type { FastifyInstance } from 'fastify'
import type { components } from '../../../contract/lucca-api'
import type { EmulatorContext } from '../context.ts'
import { baseUrl } from '../http/base-url.ts'
import { etagOf, sendCacheable } from '../http/etag.ts'
import { paginate, parsePaging } from '../http/paging.ts'
import { fieldError, notFound } from '../http/problem.ts'
import { parseInclude, queryValue, wantsCloudEvents } from '../http/query.ts'
import { cloudEventView, eventView, noInclude } from '../representations.ts'
import type { EventRecord } from '../store/records.ts'
import type { Store } from '../store/store.ts'

type EventDeliveryStatus = components['schemas']['EventDeliveryStatus']
const statuses: readonly EventDeliveryStatus[] = ['scheduled', 'delivered', 'failed']
const read = ['events.readonly'] as const

/** lucca-api.md §6.12–§6.13, including the CloudEvents batch form. */
export async function eventRoutes(app: FastifyInstance, ctx: EmulatorContext): Promise<void> {
  const path = '/events'
  const { variant } = ctx.settings

  app.get(path, { config: { scopes: read } }, async (request, reply) => {
    const include = parseInclude(request)
    const status = queryValue(request, 'status')
    if (status !== undefined && !(statuses as readonly string[]).includes(status)) {
      throw fieldError('status', `The status must be one of: ${statuses.join(', ')}.`)
    }
    const paging = parsePaging(request, { status }, ctx.cursors)
    const all = ctx.store.events.listed().filter((e) => !status || deliveryStatus(ctx.store, e) === status)
    const base = baseUrl(request)
    if (wantsCloudEvents(request)) {
      // The batch form allows up to 1000 items; `limit` still applies when given.
      const batch = paginate(request, all, paging, noInclude).items.map((e) => {
        const delivery = ctx.store.deliveriesOfEvent(e.id)[0]
        const endpoint = delivery ? ctx.store.endpoints.get(delivery.endpointId) : undefined
        const attempts = delivery ? ctx.store.attemptsOf(delivery.id) : []
        return cloudEventView(
          ctx.settings.ceSpecVersion,
          e,
          delivery ? { record: delivery, endpoint: endpoint ?? { webhookUrl: '' }, attempts } : undefined,
        )
      })
      reply.type('application/cloudevents-batch+json')
      return sendCacheable(request, reply, batch, etagOf(batch, variant.etagStyle))
    }
    const page = paginate(request, all, paging, include)
    const body = {
      type: 'events' as const,
      url: `${base}${request.url}`,
      ...page,
      items: page.items.map((e) =>
        eventView(base, e, include.has('links') ? new Set(['links'] as const) : noInclude),
      ),
      ...(include.has('embedded') ? { embedded: {} } : {}),
    }
    return sendCacheable(request, reply, body, etagOf(body, variant.etagStyle))
  })

  app.get<{ Params: { id: string } }>(`${path}/:id`, { config: { scopes: read } }, async (request, reply) => {
    const include = parseInclude(request)
    const event = ctx.store.events.get(request.params.id)
    if (!event) throw notFound('event', request.params.id)
    const base = baseUrl(request)
    return sendCacheable(
      request,
      reply,
      eventView(base, event, include),
      etagOf(eventView(base, event, noInclude), variant.etagStyle),
    )
  })
}

/** lucca-api.md §6.12 [E]: delivered if all its deliveries are; failed if any failed; else scheduled. */
function deliveryStatus(store: Store, event: EventRecord): EventDeliveryStatus {
  const deliveries = store.deliveriesOfEvent(event.id)
  if (deliveries.some((d) => d.status === 'failed')) return 'failed'
  if (deliveries.length > 0 && deliveries.every((d) => d.status === 'delivered')) return 'delivered'
  return 'scheduled'
}
