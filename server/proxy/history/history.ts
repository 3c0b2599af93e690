import type { FastifyBaseLogger } from 'fastify'
import type { Database } from '../../db/database.ts'
import type { AccountRegistry } from '../accounts.ts'
import { ChangeFeed } from './change-feed.ts'
import { DeliveriesLog } from './deliveries-log.ts'
import { deliveryDetail } from './delivery-detail.ts'
import { EndpointsView } from './endpoints-view.ts'
import { Follows } from './follows.ts'
import { HistoryStatusReader } from './history-status.ts'

/** What the console reads of the history the collector keeps, and the feed of what changes in it. */
export interface History {
  endpoints: EndpointsView
  deliveries: DeliveriesLog
  detail: (accountId: string, id: string) => ReturnType<typeof deliveryDetail>
  status: HistoryStatusReader
  follows: Follows
  feed: ChangeFeed
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
    status: new HistoryStatusReader(db, accounts, options.retentionDays, now),
    follows: new Follows(db, now),
    feed: new ChangeFeed(db, options.logger),
  }
}
