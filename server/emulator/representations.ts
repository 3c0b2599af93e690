import { createHash } from 'node:crypto'
import type { components } from '../../contract/lucca-api'
import type { Site } from './http/base-url.ts'
import type { Include } from './http/query.ts'
import type { AttemptRecord, DeliveryRecord, EndpointRecord, EventRecord } from './store/records.ts'

type Schemas = components['schemas']

const api = (base: string) => `${base}/lucca-api`

/** Item representations as the contract shows them; `links` only with include=links (lucca-api.md §3.3). */
export function endpointView(site: Site, r: EndpointRecord, include: Include): Schemas['WebhookEndpoint'] {
  const { base } = site
  return {
    id: r.id,
    type: 'webhook-endpoint',
    url: endpointUrl(site, r.id),
    ...(r.name === undefined ? {} : { name: r.name }),
    apiVersion: r.apiVersion,
    webhookUrl: r.webhookUrl,
    topics: r.topics,
    businessEstablishments: r.businessEstablishments?.map((be) => beReference(base, be.id)) ?? null,
    status: r.status,
    contentType: r.contentType,
    createdAt: r.createdAt,
    lastUpdatedAt: r.lastUpdatedAt,
    ...(include.has('links') ? { links: {} } : {}),
    ...(include.has('embedded') ? { embedded: {} } : {}),
  }
}

export function eventView(base: string, r: EventRecord, include: Include): Schemas['Event'] {
  return {
    id: r.id,
    type: 'event',
    url: `${api(base)}/events/${r.id}`,
    apiVersion: r.apiVersion,
    topic: r.topic,
    occurredAt: r.occurredAt,
    source: r.source,
    data: r.data,
    businessEstablishment: r.businessEstablishment ? beReference(base, r.businessEstablishment.id) : null,
    ...(r.previousAttributes ? { previousAttributes: r.previousAttributes } : {}),
    ...(include.has('links') ? { links: { retry: { href: `${api(base)}/webhook-deliveries` } } } : {}),
    ...(include.has('embedded') ? { embedded: {} } : {}),
  }
}

export function deliveryView(
  site: Site,
  r: DeliveryRecord,
  include: Include,
  event: EventRecord | undefined,
): Schemas['WebhookDelivery'] {
  const { base } = site
  const embeddedEvent = event ? { [event.id]: eventView(base, event, noInclude) } : {}
  return {
    id: r.id,
    type: 'webhook-delivery',
    url: `${api(base)}/webhook-deliveries/${r.id}`,
    nextAttemptAt: r.nextAttemptAt,
    attemptsCount: r.attemptsCount,
    status: r.status,
    event: { id: r.eventId, type: 'event', url: `${api(base)}/events/${r.eventId}` },
    webhookEndpoint: { id: r.endpointId, type: 'webhook-endpoint', url: endpointUrl(site, r.endpointId) },
    ...(include.has('links') ? { links: { attempts: { href: attemptsHref(base, r.id) } } } : {}),
    ...(include.has('embedded') ? { embedded: { event: embeddedEvent } } : {}),
  }
}

export function attemptView(
  site: Site,
  r: AttemptRecord,
  include: Include,
  delivery: DeliveryRecord | undefined,
  event: EventRecord | undefined,
): Schemas['WebhookDeliveryAttempt'] {
  const { base, variant } = site
  return {
    id: r.id,
    type: 'webhook-delivery-attempt',
    url: `${api(base)}/webhook-delivery-attempts/${r.id}`,
    signature: variant.attemptSignature(r.signature),
    webhookDelivery: {
      id: r.deliveryId,
      type: 'webhook-delivery',
      url: `${api(base)}/webhook-deliveries/${r.deliveryId}`,
    },
    isSuccessful: r.isSuccessful,
    responseStatusCode: r.responseStatusCode,
    errorResponseBody: r.errorResponseBody,
    createdAt: r.createdAt,
    ...(include.has('links') ? { links: {} } : {}),
    ...(include.has('embedded')
      ? {
          embedded: {
            'webhook-delivery': delivery
              ? { [delivery.id]: deliveryView(site, delivery, noInclude, event) }
              : {},
            event: event ? { [event.id]: eventView(base, event, noInclude) } : {},
          },
        }
      : {}),
  }
}

export function cloudEventView(
  specversion: string,
  event: EventRecord,
  delivery?: { record: DeliveryRecord; endpoint: { webhookUrl: string }; attempts: AttemptRecord[] },
): Schemas['CloudEvent'] {
  const resourceType = event.topic.split('.')[0] ?? event.topic
  const times = delivery?.attempts.map((a) => a.createdAt) ?? []
  const first = times[0]
  const latest = times.at(-1)
  return {
    specversion,
    id: uuidFrom(`event:${event.id}`),
    type: `com.luccasoftware.${event.topic}`,
    source: `${event.source}/lucca-api/${resourceType}s`,
    time: event.occurredAt,
    comluccasoftwareeventid: event.id,
    ...(delivery
      ? {
          ...(first ? { comluccasoftwarefirstdeliverytime: first } : {}),
          ...(latest ? { comluccasoftwarelatestdeliverytime: latest } : {}),
          comluccasoftwaredeliveriescount: delivery.record.attemptsCount,
          comluccasoftwarewebhookendpointwebhookendpointid: delivery.record.endpointId,
          comluccasoftwarewebhookendpointurl: delivery.endpoint.webhookUrl,
        }
      : {}),
  }
}

export const noInclude: Include = new Set()

/** lucca-api.md §5.1: where an endpoint is served; only this URL reaches it, whatever its id. */
function endpointUrl(site: Site, id: string): string {
  return `${api(site.base)}/webhook-endpoints/${site.variant.endpointKey(id)}`
}

function attemptsHref(base: string, deliveryId: string): string {
  return `${api(base)}/webhook-delivery-attempts?webhookDelivery.id=${deliveryId}`
}

function beReference(base: string, id: string): Schemas['BusinessEstablishmentReference'] {
  return {
    id,
    type: 'business-establishment',
    url: `${api(base)}/business-establishments/${encodeURIComponent(id)}`,
  }
}

/** A stable UUID (version-4 layout) derived from a name, for ids that must not change between runs. */
export function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex')
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
