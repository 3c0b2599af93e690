import type { FastifyBaseLogger } from 'fastify'
import type { Database } from '../db/database.ts'
import type { AccountRegistry } from '../proxy/accounts.ts'
import { wallClock, type CollectorClock } from './clock.ts'
import { Collector } from './collector.ts'
import { whileLeading } from './lease.ts'
import { LuccaReader } from './lucca-reader.ts'

export interface CollectorsOptions {
  accounts: AccountRegistry
  db: Database
  engine: 'embedded' | 'postgresql'
  retentionDays: number
  log: FastifyBaseLogger
  clock?: CollectorClock
  leaseRetryMs?: number
}

/** One collector per Lucca account, each run by whichever replica holds that account's lease. */
export function startCollectors(options: CollectorsOptions): { close(): Promise<void> } {
  const stop = new AbortController()
  const runs = options.accounts.all.map(async ({ account, apiUrl, upstream }) => {
    const log = options.log.child({ collector: account.id })
    await whileLeading(
      {
        db: options.db,
        engine: options.engine,
        accountId: account.id,
        signal: stop.signal,
        onError: (error) => log.warn({ err: error }, 'collector lease failed'),
        ...(options.leaseRetryMs ? { retryMs: options.leaseRetryMs } : {}),
      },
      async (lost) => {
        log.info('collecting this account')
        const collector = new Collector({
          db: options.db,
          accountId: account.id,
          reader: new LuccaReader(apiUrl, upstream),
          usage: () => upstream.usage(),
          clock: options.clock ?? wallClock,
          retentionDays: options.retentionDays,
          log,
        })
        await collector.run(lost)
        if (!stop.signal.aborted) log.warn('collector lease lost; another replica may take over')
      },
    )
  })
  return {
    close: async () => {
      stop.abort()
      await Promise.allSettled(runs)
    },
  }
}
