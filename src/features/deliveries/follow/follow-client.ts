import { z } from 'zod/mini'
import type { DeliveryDetail } from '../../../../contract/console-history-api'
import { consoleCall } from '../../../lib/console-client'

export type { DeliveryDetail } from '../../../../contract/console-history-api'

// Lucca's own shapes, as the collector stored them: typed by the contract and, like the Lucca answers the
// SPA reads directly, not parsed beyond the parts the console relies on.
const DeliveryDetailSchema = z.custom<DeliveryDetail>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { delivery?: { url?: unknown } }).delivery?.url === 'string' &&
    Array.isArray((value as { attempts?: unknown }).attempts),
)

/** A delivery as the console's history holds it, and the tab's request that the server follow it. */
export const followApi = {
  /** `id` is Lucca's id, the history's key; a path of the console's own API, not of Lucca's. */
  recorded: (id: string) =>
    consoleCall('GET', `/api/history/deliveries/${encodeURIComponent(id)}`, DeliveryDetailSchema),
  follow: (delivery: { id: string; url: string }) =>
    consoleCall('POST', '/api/history/follows', z.unknown(), { id: delivery.id, url: delivery.url }),
}
