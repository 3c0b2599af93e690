import type { components } from '../../../contract/lucca-api'

type Schemas = components['schemas']

/** What the emulator keeps; the API representations are built from these (representations/). */
export interface EndpointRecord {
  id: string
  name?: string
  apiVersion: string
  webhookUrl: string
  topics: string[]
  businessEstablishments: { id: string }[] | null
  status: Schemas['WebhookEndpointStatus']
  contentType: Schemas['WebhookEndpointContentType']
  secret: string
  applicationId: string
  createdAt: string
  lastUpdatedAt: string
  consecutiveFailures: number
}

export interface EventRecord {
  id: string
  apiVersion: string
  topic: string
  occurredAt: string
  /** Tenant URL at the time of the event; also the base of the URLs inside delivered bodies. */
  source: string
  data: Record<string, unknown>
  businessEstablishment: { id: string } | null
  previousAttributes?: Record<string, unknown>
  recordedAt: string
}

export interface DeliveryRecord {
  id: string
  eventId: string
  endpointId: string
  status: Schemas['WebhookDeliveryStatus']
  attemptsCount: number
  nextAttemptAt: string | null
  /** A confirmation delivery runs the activation challenge instead of a POST. */
  kind: 'event' | 'confirmation'
  createdAt: string
}

export interface AttemptRecord {
  id: string
  deliveryId: string
  signature: string
  isSuccessful: boolean
  responseStatusCode: number | null
  errorResponseBody: string
  createdAt: string
}

export interface Snapshot {
  version: 1
  /** `delivery` is missing from files written before deliveries were counted. */
  counters: { endpoint: number; event: number; attempt: number; delivery?: number }
  endpoints: EndpointRecord[]
  events: EventRecord[]
  deliveries: DeliveryRecord[]
  attempts: AttemptRecord[]
}
