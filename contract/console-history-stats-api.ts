// The history's charts (issue 15): how deliveries fared over a span, bucket by bucket, read from the history
// the collector keeps, never from Lucca. Apart from console-history-api.ts so that it loads with the charts.
import { z } from 'zod/mini'

export const statsRanges = ['24h', '7d', '30d', '90d'] as const
/** The attempts' answers, grouped: `none` is no HTTP answer (a timeout, a connection refused…). */
export const codeClasses = ['2xx', '3xx', '4xx', '5xx', 'none'] as const

/** `GET /api/history/stats?range=7d&endpoint=…`: the account's, or one endpoint's. */
export const StatsQuerySchema = z.object({
  range: z.enum(statsRanges),
  endpoint: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
})

// Plain numbers: zod's integer and record checks would ride in the first screen's vendor chunk (zod's core is
// one module there, and keeps whatever any chunk uses).
const count = z.number()

const StatsBucketSchema = z.object({
  /** UTC ISO instants; `from` inclusive, `to` exclusive, aligned on the bucket's size from the epoch. */
  from: z.string(),
  to: z.string(),
  /** Deliveries made in the bucket (by their creation), by where they stand now. */
  delivered: count,
  /** Not delivered yet: waiting for a first attempt or being retried. */
  failing: count,
  failed: count,
  /** delivered / (delivered + failed + failing), 0–1; null when the bucket had no delivery. */
  successRate: z.nullable(z.number()),
  /** Attempts made in the bucket (by their own time), by answer class. */
  attempts: z.object({ '2xx': count, '3xx': count, '4xx': count, '5xx': count, none: count }),
  /** From the delivery's creation to its delivery, for those delivered; null when none was. */
  timeToDeliveryMs: z.object({ p50: z.nullable(z.number()), p95: z.nullable(z.number()) }),
})

export const StatsSchema = z.object({
  range: z.enum(statsRanges),
  /** The bucket's size: an hour for 24 h, 6 hours for 7 d, a day for 30 and 90 d. */
  bucketMs: z.number(),
  /** Oldest first, every bucket of the span, empty ones at zero; the last one holds now. */
  buckets: z.array(StatsBucketSchema),
  /** The most frequent exact answers over the span (`404`, `none`…), the most frequent first, at most 5. */
  topCodes: z.array(z.object({ code: z.string(), count })),
})

export type StatsRange = (typeof statsRanges)[number]
export type CodeClass = (typeof codeClasses)[number]
export type StatsQuery = z.infer<typeof StatsQuerySchema>
export type StatsBucket = z.infer<typeof StatsBucketSchema>
export type Stats = z.infer<typeof StatsSchema>
