import type { components } from '../../contract/lucca-api'
import type {
  LuccaEvent,
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookEndpoint,
} from '../lib/lucca-client'

// Lucca resources for the SPA's unit tests, typed by the contract: a fixture that drifts from
// contract/openapi.yaml is a type error. Each takes the fields a test cares about.
const base = 'http://localhost/lucca-api'

export function anEndpoint(fields: Partial<WebhookEndpoint> & { id: string }): WebhookEndpoint {
  return {
    type: 'webhook-endpoint',
    url: `${base}/webhook-endpoints/${fields.id}`,
    webhookUrl: `https://hooks.example.com/${fields.id}`,
    topics: ['employee.created'],
    status: 'active',
    createdAt: '2026-01-01T00:00:00Z',
    ...fields,
  }
}

export function aDelivery(fields: Partial<WebhookDelivery> & { id: string }): WebhookDelivery {
  return {
    type: 'webhook-delivery',
    url: `${base}/webhook-deliveries/${fields.id}`,
    status: 'undelivered',
    attemptsCount: 0,
    nextAttemptAt: null,
    event: { id: 'e1', type: 'event', url: `${base}/events/e1` },
    webhookEndpoint: { id: '7', type: 'webhook-endpoint', url: `${base}/webhook-endpoints/7` },
    ...fields,
  }
}

export function anAttempt(
  fields: Partial<WebhookDeliveryAttempt> & { id: string; deliveryId: string; code: number | null },
): WebhookDeliveryAttempt {
  const { deliveryId, code, ...rest } = fields
  return {
    type: 'webhook-delivery-attempt',
    url: `${base}/webhook-delivery-attempts/${fields.id}`,
    signature: 'c2lnbmF0dXJl',
    webhookDelivery: {
      id: deliveryId,
      type: 'webhook-delivery',
      url: `${base}/webhook-deliveries/${deliveryId}`,
    },
    isSuccessful: code !== null && code < 300,
    responseStatusCode: code,
    errorResponseBody: '',
    createdAt: new Date().toISOString(),
    ...rest,
  }
}

export function anEvent(fields: Partial<LuccaEvent> & { id: string }): LuccaEvent {
  return {
    type: 'event',
    url: `${base}/events/${fields.id}`,
    apiVersion: '2024-11-01',
    topic: 'employee.created',
    occurredAt: '2026-01-01T00:00:00Z',
    source: 'http://localhost',
    data: { id: fields.id },
    ...fields,
  }
}

/** The Problem body Lucca and the proxy answer errors with. */
export function aProblem(status: number, fields: Partial<components['schemas']['Problem']> = {}) {
  return { type: 'about:blank', title: 'Error', status, ...fields } satisfies components['schemas']['Problem']
}
