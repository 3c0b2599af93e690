import { searchOf } from '../../lib/search-params'
import type { StatsBucket } from './health-client'

/** Which deliveries a click on a chart means: all of the span, or those of one outcome. */
export type BucketTarget = 'delivered' | 'undelivered' | 'failed' | null

/**
 * The delivery log for a bucket's span (`/deliveries?from=…&to=…`, UTC instants, `to` excluded), for the
 * endpoint shown and the outcome clicked, as the log page reads its URL (deliveries/log/delivery-log-filters).
 */
export function deliveriesHref(
  bucket: Pick<StatsBucket, 'from' | 'to'>,
  { endpointId, status = null }: { endpointId?: string | undefined; status?: BucketTarget },
): string {
  return `/deliveries?${searchOf({ endpoint: endpointId, status, from: bucket.from, to: bucket.to })}`
}
