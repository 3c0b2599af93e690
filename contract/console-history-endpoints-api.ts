// The history's endpoint list (issue 14), apart from the rest of console-history-api.ts (which re-exports it):
// the endpoint list is the first screen, and only this part of the history's API loads with it.
import { z } from 'zod/mini'

export const endpointStatuses = ['active', 'suspended', 'inactive'] as const
/**
 * An endpoint's health over the last 7 days, from the history (the rule is in
 * server/proxy/history/health.ts): `failing` when its latest finished delivery failed or fewer than half were
 * delivered, `degraded` when some failed or are being retried, `healthy` when all were delivered, `quiet`
 * when nothing was attempted.
 */
export const healthStates = ['failing', 'degraded', 'healthy', 'quiet'] as const
export const endpointSorts = ['health', 'lastFailure', 'lastDelivery', 'name', 'created', '-created'] as const

// Marked free of side effects, so a schema the SPA does not use is left out of its bundle (vite.config.ts).
export const text = /* @__NO_SIDE_EFFECTS__ */ (max: number) => z.string().check(z.maxLength(max))
/** A comma-separated list in the query string, each value one of `values`. */
export const listOf = /* @__NO_SIDE_EFFECTS__ */ <const T extends readonly [string, ...string[]]>(
  values: T,
) =>
  z
    .pipe(
      z.string().check(z.maxLength(200)),
      z.transform((raw) => raw.split(',').filter((value) => value !== '')),
    )
    .check(z.refine((items) => items.every((item) => (values as readonly string[]).includes(item))))

/** `GET /api/history/endpoints?…`: the account's endpoints, searched, filtered, sorted, counted. */
export const EndpointsQuerySchema = z.object({
  /** Matched against the receiving URL, the name, the console's description and owner (case-insensitive). */
  q: z.optional(text(200)),
  status: z.optional(listOf(endpointStatuses)),
  topic: z.optional(text(100)),
  health: z.optional(listOf(healthStates)),
  sort: z._default(z.enum(endpointSorts), 'health'),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100_000)), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
})

export const EndpointHealthSchema = z.object({
  state: z.enum(healthStates),
  /** Finished deliveries of the last 7 days. */
  delivered: z.number(),
  failed: z.number(),
  /** Not delivered yet, at least one attempt failed: being retried. */
  retrying: z.number(),
  /** delivered / (delivered + failed + retrying), 0–1; null when nothing was attempted. */
  successRate: z.nullable(z.number()),
  lastDeliveryAt: z.nullable(z.string()),
  lastFailureAt: z.nullable(z.string()),
  /** The HTTP code of the latest failed attempt; null for a timeout or a connection error. */
  lastFailureCode: z.nullable(z.number()),
})

export const EndpointSummarySchema = z.object({
  id: z.string(),
  /** Lucca's `url` for it: the SPA follows it, never builds one from the id (contract §12 R3). */
  url: z.string(),
  name: z.nullable(z.string()),
  webhookUrl: z.string(),
  status: z.string(),
  topics: z.array(z.string()),
  createdAt: z.nullable(z.string()),
  /** `console`: made here, its secret was shown once; `outside`: made elsewhere, its secret is unknown here. */
  origin: z.enum(['console', 'outside']),
  description: z.nullable(z.string()),
  ownerName: z.nullable(z.string()),
  health: EndpointHealthSchema,
})

export const EndpointsPageSchema = z.object({
  items: z.array(EndpointSummarySchema),
  /** How many endpoints match the filters, over every page. */
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
})

export type EndpointsQuery = z.infer<typeof EndpointsQuerySchema>
export type EndpointHealth = z.infer<typeof EndpointHealthSchema>
export type EndpointSummary = z.infer<typeof EndpointSummarySchema>
export type EndpointsPage = z.infer<typeof EndpointsPageSchema>
export type HealthState = (typeof healthStates)[number]
export type EndpointSort = (typeof endpointSorts)[number]
