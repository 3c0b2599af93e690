import { sql } from 'kysely'
import type { EndpointOverview } from '../../../contract/console-history-api.ts'
import type { Database } from '../../db/database.ts'
import type { EndpointsView } from './endpoints-view.ts'

/** How far back "failing since" looks for the last success: past it, the page says "for more than 30 days". */
const FAILING_SINCE_WINDOW_MS = 30 * 24 * 3600_000

type Attempt = NonNullable<EndpointOverview['lastFailure']>['attempt']

/**
 * One endpoint as its page leads with it: the list's summary and health, its latest failed attempt (for the
 * diagnosis in words) and, when its latest attempt failed, since when it has failed: the first failed
 * attempt after its last successful one. Reads the attempts of the window's deliveries only, through the
 * (account_id, endpoint_id, created_at) and by-delivery indexes.
 */
export async function endpointOverview(
  db: Database,
  endpoints: EndpointsView,
  accountId: string,
  endpointId: string,
  now: number,
): Promise<EndpointOverview | null> {
  const endpoint = await endpoints.summary(accountId, endpointId)
  if (!endpoint) return null
  const attempts = db
    .selectFrom('lucca_deliveries as d')
    .innerJoin('lucca_attempts as a', (join) =>
      join.onRef('a.account_id', '=', 'd.account_id').onRef('a.delivery_id', '=', 'd.id'),
    )
    .where('d.account_id', '=', accountId)
    .where('d.endpoint_id', '=', endpointId)
    .where('d.created_at', '>=', new Date(now - FAILING_SINCE_WINDOW_MS))
  const [marks, lastFailure, secret] = await Promise.all([
    attempts
      .select([
        sql<Date | null>`max(a.created_at) filter (where a.is_successful)`.as('last_success_at'),
        sql<Date | null>`max(a.created_at)`.as('last_attempt_at'),
        sql<boolean | null>`(array_agg(a.is_successful order by a.created_at desc, a.id desc))[1]`.as(
          'last_succeeded',
        ),
      ])
      .executeTakeFirstOrThrow(),
    attempts
      .select(['a.raw', 'd.id as delivery_id', 'd.url as delivery_url', 'd.topic'])
      .where('a.is_successful', '=', false)
      .orderBy('a.created_at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(1)
      .executeTakeFirst(),
    endpoints.secretHint(accountId, endpointId),
  ])
  let failingSince: Date | null = null
  if (marks.last_succeeded === false) {
    const first = await attempts
      .select(sql<Date | null>`min(a.created_at)`.as('at'))
      .where('a.is_successful', '=', false)
      .$if(marks.last_success_at !== null, (query) =>
        query.where('a.created_at', '>', marks.last_success_at as Date),
      )
      .executeTakeFirstOrThrow()
    failingSince = first.at
  }
  return {
    endpoint,
    secret,
    lastSuccessAt: marks.last_success_at?.toISOString() ?? null,
    failingSince: failingSince?.toISOString() ?? null,
    failingSinceBeforeWindow: failingSince !== null && marks.last_success_at === null,
    lastFailure: lastFailure
      ? {
          deliveryId: lastFailure.delivery_id,
          deliveryUrl: lastFailure.delivery_url,
          topic: lastFailure.topic,
          attempt: lastFailure.raw as Attempt,
        }
      : null,
  }
}
