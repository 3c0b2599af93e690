import type { DeliveryDetail } from '../../../contract/console-history-api.ts'
import type { Database } from '../../db/database.ts'
import type { EndpointsView } from './endpoints-view.ts'

// `raw` is what the collector read from Lucca, stored as Lucca gave it (0003-history): typed by Lucca's contract.
type Raw<K extends keyof DeliveryDetail> = NonNullable<DeliveryDetail[K]>

/** One delivery as the collector last read it, with its attempts (oldest first), its event and its endpoint. */
export async function deliveryDetail(
  db: Database,
  endpoints: EndpointsView,
  accountId: string,
  id: string,
): Promise<DeliveryDetail | null> {
  const delivery = await db
    .selectFrom('lucca_deliveries')
    .select(['raw', 'endpoint_id', 'event_id'])
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst()
  if (!delivery) return null
  const [attempts, event, endpoint] = await Promise.all([
    db
      .selectFrom('lucca_attempts')
      .select('raw')
      .where('account_id', '=', accountId)
      .where('delivery_id', '=', id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('lucca_events')
      .select('raw')
      .where('account_id', '=', accountId)
      .where('id', '=', delivery.event_id)
      .executeTakeFirst(),
    endpoints.summary(accountId, delivery.endpoint_id),
  ])
  return {
    delivery: delivery.raw as Raw<'delivery'>,
    attempts: attempts.map((attempt) => attempt.raw as Raw<'attempts'>[number]),
    event: (event?.raw ?? null) as DeliveryDetail['event'],
    endpoint,
  }
}
