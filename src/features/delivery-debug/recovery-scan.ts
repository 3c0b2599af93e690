import { cursorOf, lucca, unwrap } from '../../lib/lucca-client'
import type { HistoryRow } from './deliveries-api'
import { sleep, withRateLimitRetry } from './paced'

/** Stops a scan of a huge account from eating the whole shared request budget. */
const maxPages = 30
const pageGapMs = 1_200

/**
 * Reads the endpoint's deliveries, newest first, 100 at a time, with their events. The endpoint filter is
 * emulator-only, so the plan filters again; the page count is capped and reported.
 */
export async function scanDeliveries(
  endpointId: string,
  signal: AbortSignal,
  onPage: (scanned: number) => void,
): Promise<{ rows: HistoryRow[]; truncated: boolean }> {
  const rows: HistoryRow[] = []
  let page: string | null = null
  for (let index = 0; index < maxPages; index++) {
    if (index > 0) await sleep(pageGapMs, signal)
    const cursor: string | null = page
    const { data } = await withRateLimitRetry(
      () =>
        unwrap(
          lucca.GET('/lucca-api/webhook-deliveries', {
            params: {
              query: {
                'webhookEndpoint.id': [endpointId],
                include: ['embedded', 'links'],
                limit: 100,
                sort: '-id',
                ...(cursor ? { page: cursor } : {}),
              },
            },
            signal,
          }),
        ),
      signal,
    )
    if (Array.isArray(data)) throw new TypeError('Lucca answered a CloudEvents batch to a JSON request')
    for (const delivery of data.items)
      rows.push({ delivery, event: data.embedded?.event?.[delivery.event.id] ?? null })
    onPage(rows.length)
    page = cursorOf(data.links?.next)
    if (!page) return { rows, truncated: false }
  }
  return { rows, truncated: true }
}
