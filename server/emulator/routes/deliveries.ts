import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { EmulatorContext } from '../context.ts'
import { createDelivery, recordEvent } from '../delivery/events.ts'
import { baseUrl, siteOf } from '../http/base-url.ts'
import { etagOf, sendCacheable } from '../http/etag.ts'
import { paginate, parsePaging } from '../http/paging.ts'
import { fieldError, notFound } from '../http/problem.ts'
import { parseInclude, queryList, queryValue, wantsCloudEvents, withoutEmbedded } from '../http/query.ts'
import { cloudEventView, deliveryView, eventView, noInclude } from '../representations.ts'
import type { DeliveryRecord } from '../store/records.ts'
import { parseDeliveryCreate } from '../validation.ts'

const read = ['webhook-deliveries.readonly', 'webhook-deliveries.readwrite'] as const
const write = ['webhook-deliveries.readwrite'] as const
const statuses = ['delivered', 'undelivered', 'failed'] as const
const systemTopics = ['ping', 'test', 'confirmation'] as const
const testMessage = 'This is a test event sent from the Lucca emulator.'

/** lucca-api.md §6.7–§6.9. */
export async function deliveryRoutes(app: FastifyInstance, ctx: EmulatorContext): Promise<void> {
  const path = '/webhook-deliveries'
  const { variant } = ctx.settings
  const view = (request: FastifyRequest, d: DeliveryRecord, include = parseInclude(request)) =>
    deliveryView(siteOf(request, variant), d, include, ctx.store.events.get(d.eventId))

  app.get(path, { config: { scopes: read } }, async (request, reply) => {
    const include = parseInclude(request)
    const filters = {
      endpointIds: queryList(request, 'webhookEndpoint.id'),
      eventIds: queryList(request, 'event.id'),
      status: queryList(request, 'status', statuses),
    }
    const paging = parsePaging(request, filters, ctx.cursors)
    const all = ctx.store.deliveries
      .listed()
      .filter(
        (d) =>
          (!filters.endpointIds || filters.endpointIds.includes(d.endpointId)) &&
          (!filters.eventIds || filters.eventIds.includes(d.eventId)) &&
          (!filters.status || filters.status.includes(d.status)),
      )
    const page = paginate(request, all, paging, include)
    if (wantsCloudEvents(request)) {
      const batch = page.items.flatMap((d) => {
        const event = ctx.store.events.get(d.eventId)
        const endpoint = ctx.store.endpoints.get(d.endpointId) ?? { webhookUrl: '' }
        const attempts = ctx.store.attemptsOf(d.id)
        return event
          ? [cloudEventView(ctx.settings.ceSpecVersion, event, { record: d, endpoint, attempts })]
          : []
      })
      reply.type('application/cloudevents-batch+json')
      return sendCacheable(request, reply, batch, etagOf(batch, variant.etagStyle))
    }
    const base = baseUrl(request)
    const body = {
      type: 'webhook-deliveries' as const,
      url: `${base}${request.url}`,
      ...page,
      items: page.items.map((d) => view(request, d, withoutEmbedded(include))),
      ...(include.has('embedded') ? { embedded: { event: embeddedEvents(base, page.items, ctx) } } : {}),
    }
    return sendCacheable(request, reply, body, etagOf(body, variant.etagStyle))
  })

  app.get<{ Params: { id: string } }>(`${path}/:id`, { config: { scopes: read } }, async (request, reply) => {
    const include = parseInclude(request)
    const delivery = ctx.store.deliveries.get(request.params.id)
    if (!delivery) throw notFound('webhook-delivery', request.params.id)
    return sendCacheable(
      request,
      reply,
      view(request, delivery, include),
      etagOf(view(request, delivery, noInclude), variant.etagStyle),
    )
  })

  app.post(path, { config: { scopes: write } }, async (request, reply) => {
    const include = parseInclude(request)
    const body = parseDeliveryCreate(request.body)
    const topic = queryValue(request, 'event.topic')
    if (topic !== undefined && !(systemTopics as readonly string[]).includes(topic)) {
      throw fieldError('event.topic', 'The event.topic must be ping, test or confirmation.')
    }
    const endpointId = body.webhookEndpoint?.id ?? queryValue(request, 'webhookEndpoint.id')
    if (!endpointId) throw fieldError('webhookEndpoint', 'A webhookEndpoint.id is required (body or query).')
    const endpoint = ctx.store.endpoints.get(endpointId)
    if (!endpoint) throw notFound('webhook-endpoint', endpointId)
    const confirmation = topic === 'confirmation'
    if (!confirmation && endpoint.status !== 'active')
      throw fieldError('webhookEndpoint', 'Endpoint is not active')
    const base = baseUrl(request)
    let delivery: DeliveryRecord
    if (body.event && !confirmation) {
      const event = ctx.store.events.get(body.event.id)
      if (!event) throw notFound('event', body.event.id)
      delivery = createDelivery(ctx, event, endpoint)
    } else {
      const eventTopic = confirmation ? 'confirmation' : topic === 'ping' ? 'ping' : 'test.created'
      const event = recordEvent(
        ctx,
        base,
        { topic: eventTopic, data: {}, businessEstablishment: null },
        endpoint.apiVersion,
      )
      event.data = { id: event.id, type: 'test', message: testMessage }
      delivery = createDelivery(ctx, event, endpoint, confirmation ? 'confirmation' : 'event')
    }
    ctx.store.changed()
    const item = view(request, delivery, include)
    return reply
      .code(variant.deliveryCreatedStatus)
      .header('location', item.url)
      .header('etag', etagOf(view(request, delivery, noInclude), variant.etagStyle))
      .send(item)
  })
}

function embeddedEvents(base: string, deliveries: DeliveryRecord[], ctx: EmulatorContext) {
  const events = deliveries.flatMap((d) => ctx.store.events.get(d.eventId) ?? [])
  return Object.fromEntries(events.map((e) => [e.id, eventView(base, e, noInclude)]))
}
