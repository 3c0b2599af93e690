// The history's part of the console's own API (issue 14): what the collector keeps of the account, read from
// the console's database instead of from Lucca, so a list, a search or a health figure costs Lucca nothing.
// Apart from console-api.ts so that only the pages that use it load it.
import { z } from 'zod/mini'
import type { components } from './lucca-api'
import { listOf as listOfValues, text as textOf, type EndpointSummary } from './console-history-endpoints-api'

export * from './console-history-endpoints-api'

export const deliveryStatuses = ['delivered', 'undelivered', 'failed'] as const
// Local, so the bundler knows their calls are free of side effects (it does not look across modules).
const text = /* @__NO_SIDE_EFFECTS__ */ (max: number) => textOf(max)
const listOf = /* @__NO_SIDE_EFFECTS__ */ <const T extends readonly [string, ...string[]]>(values: T) =>
  listOfValues(values)
const instant = z.string().check(z.iso.datetime({ offset: true }))

/**
 * `GET /api/history/deliveries?…` (and `.csv`, `.json` for the same filters, at most 100,000 rows, with
 * `X-Export-Capped: true` when cut): newest first. `from` is inclusive, `to` exclusive.
 */
export const DeliveriesFiltersSchema = z.object({
  endpoint: z.optional(text(200)),
  topic: z.optional(text(100)),
  status: z.optional(listOf(deliveryStatuses)),
  /** The HTTP code of the last attempt; `none` for no answer (timeout, connection error). */
  code: z.optional(z.string().check(z.regex(/^(none|[1-5]\d\d)$/))),
  from: z.optional(instant),
  to: z.optional(instant),
  event: z.optional(text(200)),
  /** The id of the resource the event is about (`data.id`, an employee's id…). Payloads are not searched. */
  resource: z.optional(text(200)),
})
export const DeliveriesQuerySchema = z.extend(DeliveriesFiltersSchema, {
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50),
  /** Opaque, from the previous page's `next`. */
  cursor: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/))),
})

export const DeliveryRowSchema = z.object({
  id: z.string(),
  url: z.string(),
  endpointId: z.string(),
  endpointName: z.nullable(z.string()),
  endpointWebhookUrl: z.nullable(z.string()),
  /** The endpoint is gone from Lucca (deleted since): its deliveries stay in the history. */
  endpointDeleted: z.boolean(),
  eventId: z.string(),
  topic: z.nullable(z.string()),
  resourceId: z.nullable(z.string()),
  status: z.enum(deliveryStatuses),
  attemptsCount: z.number(),
  nextAttemptAt: z.nullable(z.string()),
  /** When it was made, as near as Lucca lets the console know (it gives deliveries no creation time). */
  createdAt: z.string(),
  lastAttemptAt: z.nullable(z.string()),
  lastStatusCode: z.nullable(z.number()),
  deliveredAt: z.nullable(z.string()),
})

export const DeliveriesPageSchema = z.object({
  items: z.array(DeliveryRowSchema),
  next: z.nullable(z.string()),
})

/** How fresh the console's view is, and what it spends of the account's Lucca budget. */
export const HistoryStatusSchema = z.object({
  collector: z.object({
    /** `catching-up`: a first or post-outage read is under way; `paused`: Lucca is failing or refusing. */
    state: z.enum(['starting', 'catching-up', 'up-to-date', 'paused']),
    /** When the whole account was last read through (every list to its end); null before the first. */
    updatedAt: z.nullable(z.string()),
    /** Share of the current read-through done, 0–1, while catching up. */
    progress: z.nullable(z.number()),
    /** Why it is paused, as a problem reason (`upstream-auth`, `lucca-rate-limit`…). */
    reason: z.nullable(z.string()),
    /** With `upstream-auth` or `upstream-error`: what failed in the connection (`dns`, `invalid_client`…). */
    cause: z.nullable(z.string()),
  }),
  budget: z.object({
    /** Lucca's limit for the account: 50 a minute, shared with every integration of the customer. */
    limit: z.number(),
    /** What the console may spend (LUCCA_BUDGET_PER_MINUTE), of which the collector's share. */
    consoleLimit: z.number(),
    collectorShare: z.number(),
    /**
     * Calls made in the last 60 s through the replica that answers, and by the collector wherever it runs
     * (its own count, while fresh; else this replica's).
     */
    console: z.number(),
    collector: z.number(),
  }),
  retentionDays: z.number(),
})

/** `POST /api/history/follows`: a tab follows a delivery (renewed while it watches). */
export const FollowSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  url: z.string().check(z.minLength(1), z.maxLength(2000)),
})

/** What `GET /api/history/stream` (Server-Sent Events) sends as `event: change`. */
export const HistoryChangeSchema = z.object({
  seq: z.string(),
  kind: z.enum(['endpoint', 'delivery', 'attempt']),
  /** The Lucca id of the endpoint or delivery that changed (an attempt's delivery). */
  id: z.string(),
  /** For a delivery or attempt: its endpoint; for an endpoint: its new status. */
  endpointId: z.optional(z.string()),
  status: z.optional(z.string()),
})

export type DeliveriesFilters = z.infer<typeof DeliveriesFiltersSchema>
export type DeliveriesQuery = z.infer<typeof DeliveriesQuerySchema>
export type DeliveryRow = z.infer<typeof DeliveryRowSchema>
export type DeliveriesPage = z.infer<typeof DeliveriesPageSchema>
export type HistoryStatus = z.infer<typeof HistoryStatusSchema>
export type HistoryChange = z.infer<typeof HistoryChangeSchema>

type LuccaSchemas = components['schemas']

/**
 * The endpoint's signing secret as this console issued it: when (its creation here) and its last 4 characters
 * (null when recorded before the console kept them). Never the secret itself.
 */
export interface SecretHint {
  issuedAt: string
  last4: string | null
}

/**
 * `GET /api/history/endpoints/:id`: an endpoint as its page leads with it. `secret`: null when the endpoint
 * was made outside this console. `failingSince`: when its latest
 * attempt failed, the first failed attempt after its last success (within 30 days; `failingSinceBeforeWindow`
 * when none succeeded in them). `lastFailure`: its latest failed attempt as Lucca gave it, for the diagnosis.
 */
export interface EndpointOverview {
  endpoint: EndpointSummary
  secret: SecretHint | null
  lastSuccessAt: string | null
  failingSince: string | null
  failingSinceBeforeWindow: boolean
  lastFailure: {
    deliveryId: string
    deliveryUrl: string
    topic: string | null
    attempt: LuccaSchemas['WebhookDeliveryAttempt']
  } | null
}
/**
 * `GET /api/history/deliveries/:id`: one delivery as Lucca last gave it, with its attempts and event, so a
 * tab reads what the collector read instead of asking Lucca again.
 */
export interface DeliveryDetail {
  delivery: LuccaSchemas['WebhookDelivery']
  attempts: LuccaSchemas['WebhookDeliveryAttempt'][]
  event: LuccaSchemas['Event'] | null
  endpoint: EndpointSummary | null
}
