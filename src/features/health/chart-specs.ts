import type { MantineColor } from '@mantine/core'
import type { CodeClass, StatsBucket } from './health-client'
import type { BucketTarget } from './health-links'

type SeriesKey = 'delivered' | 'failing' | 'failed' | 'successRate' | 'p50' | 'p95' | CodeClass
type ChartId = 'deliveries' | 'successRate' | 'codes' | 'time'

export interface ChartSpec {
  id: ChartId
  kind: 'bars' | 'line'
  series: { key: SeriesKey; color: MantineColor; target: BucketTarget }[]
  /** How a value reads: a count, a percentage, a duration in seconds. */
  unit: 'count' | 'percent' | 'seconds'
}

// The health badges' colours (endpoints/list/endpoint-health.tsx): teal delivered, orange retried, red failed.
// Shade 6 reads on both the light and the dark background.
export const chartSpecs: readonly ChartSpec[] = [
  {
    id: 'deliveries',
    kind: 'bars',
    unit: 'count',
    series: [
      { key: 'delivered', color: 'teal.6', target: 'delivered' },
      { key: 'failing', color: 'orange.6', target: 'undelivered' },
      { key: 'failed', color: 'red.6', target: 'failed' },
    ],
  },
  {
    id: 'successRate',
    kind: 'line',
    unit: 'percent',
    series: [{ key: 'successRate', color: 'teal.6', target: null }],
  },
  {
    id: 'codes',
    kind: 'bars',
    unit: 'count',
    series: [
      { key: '2xx', color: 'teal.6', target: null },
      { key: '3xx', color: 'blue.6', target: null },
      { key: '4xx', color: 'orange.6', target: null },
      { key: '5xx', color: 'red.6', target: null },
      { key: 'none', color: 'gray.6', target: null },
    ],
  },
  {
    id: 'time',
    kind: 'line',
    unit: 'seconds',
    series: [
      { key: 'p50', color: 'teal.6', target: 'delivered' },
      { key: 'p95', color: 'orange.6', target: 'delivered' },
    ],
  },
]

export type ChartRow = Record<SeriesKey, number | null> & { tick: string; span: string; bucket: StatsBucket }

/** One row a bucket, every series' value by its key: the charts' data and the tables'. */
export function rowOf(bucket: StatsBucket, tick: string, span: string): ChartRow {
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000)
  return {
    tick,
    span,
    bucket,
    delivered: bucket.delivered,
    failing: bucket.failing,
    failed: bucket.failed,
    successRate: bucket.successRate === null ? null : Math.round(bucket.successRate * 1000) / 10,
    p50: seconds(bucket.timeToDeliveryMs.p50),
    p95: seconds(bucket.timeToDeliveryMs.p95),
    ...bucket.attempts,
  }
}
