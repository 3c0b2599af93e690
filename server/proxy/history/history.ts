import type { FastifyBaseLogger } from 'fastify'
import type { Stats, StatsQuery } from '../../../contract/console-history-stats-api.ts'
import type { Database } from '../../db/database.ts'
import { writeThrough, type ConsoleWrite } from '../../collector/write-through.ts'
import type { AccountRegistry } from '../accounts.ts'
import { ChangeFeed } from './change-feed.ts'
import { DeliveriesLog } from './deliveries-log.ts'
import { deliveryStats } from './delivery-stats.ts'
import { deliveryDetail } from './delivery-detail.ts'
import { endpointOverview } from './endpoint-overview.ts'
import { EndpointsView } from './endpoints-view.ts'
import { Follows } from './follows.ts'
import { HistoryStatusReader } from './history-status.ts'

/** What the console reads of the history the collector keeps, and the feed of what changes in it. */
export interface History {
  endpoints: EndpointsView
  deliveries: DeliveriesLog
  detail: (accountId: string, id: string) => ReturnType<typeof deliveryDetail>
  /** One endpoint as its page leads with it: health, last failure, failing since. */
  overview: (accountId: string, endpointId: string) => ReturnType<typeof endpointOverview>
  /** The charts' figures, bucket by bucket, over a span ending now. */
  stats: (accountId: string, query: StatsQuery) => Promise<Stats>
  status: HistoryStatusReader
  follows: Follows
  feed: ChangeFeed
  /** An event's topic as the collector read it; null when the history does not hold the event. */
  topicOf: (accountId: string, eventId: string) => Promise<string | null>
  /** What Lucca answered to an admin's own call, into the history at once (never throws). */
  writeThrough: (accountId: string, write: ConsoleWrite) => Promise<void>
}

interface HistoryOptions {
  retentionDays: number
  logger: FastifyBaseLogger
  now?: () => number
}

export function createHistory(db: Database, accounts: AccountRegistry, options: HistoryOptions): History {
  const now = options.now ?? Date.now
  const endpoints = new EndpointsView(db, now)
  return {
    endpoints,
    deliveries: new DeliveriesLog(db),
    detail: (accountId, id) => deliveryDetail(db, endpoints, accountId, id),
    overview: (accountId, endpointId) => endpointOverview(db, endpoints, accountId, endpointId, now()),
    stats: (accountId, query) => deliveryStats(db, accountId, query, now()),
    status: new HistoryStatusReader(db, accounts, options.retentionDays, now),
    follows: new Follows(db, now),
    feed: new ChangeFeed(db, options.logger),
    topicOf: async (accountId, eventId) => {
      const event = await db
        .selectFrom('lucca_events')
        .select('topic')
        .where('account_id', '=', accountId)
        .where('id', '=', eventId)
        .executeTakeFirst()
      return event?.topic ?? null
    },
    writeThrough: (accountId, write) =>
      writeThrough(db, accountId, write, (error) =>
        options.logger.warn({ err: error, account: accountId }, 'history write-through failed'),
      ),
  }
}
