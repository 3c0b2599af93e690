import { cursorOf, lucca, unwrap } from '../../../lib/lucca-client'
import type { HistoryRow } from '../deliveries-api'
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
  /** Events before this (ms) are of no interest: a newest-first page entirely older ends the scan. */
  since = Number.NEGATIVE_INFINITY,
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
    const pageRows = data.items.map((delivery) => ({
      delivery,
      event: data.embedded?.event?.[delivery.event.id] ?? null,
    }))
    rows.push(...pageRows)
    onPage(rows.length)
    page = cursorOf(data.links?.next)
    if (!page || olderThan(pageRows, since)) return { rows, truncated: false }
  }
  return { rows, truncated: true }
}

/**
 * True when the page is newest-first and all of it is before `since`. Checking the order too means a Lucca
 * that ignored `sort=-id` (oldest first) never ends the scan early.
 */
export function olderThan(rows: HistoryRow[], since: number): boolean {
  const times = rows.map((row) => (row.event ? Date.parse(row.event.occurredAt) : Number.NaN))
  if (times.length === 0 || times.some(Number.isNaN)) return false
  const newestFirst = times.every((time, index) => index === 0 || time <= (times[index - 1] ?? time))
  return newestFirst && times.every((time) => time < since)
}
