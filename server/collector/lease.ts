import { sql } from 'kysely'
import type { Database } from '../db/database.ts'
import { wallClock } from './clock.ts'

// Any fixed number: the namespace of the collectors' advisory locks (the migrations use another).
const LEASE_NAMESPACE = 20261214
/** How often a replica without the lease tries for it, and the holder checks it still has it. */
const LEASE_RETRY_MS = 10_000

interface LeaseOptions {
  db: Database
  /** The embedded engine serves one process (its data folder is locked): that process always leads. */
  engine: 'embedded' | 'postgresql'
  accountId: string
  signal: AbortSignal
  onError: (error: unknown) => void
  retryMs?: number
}

/**
 * Runs `lead` while this replica holds the account's collector lock: a PostgreSQL advisory lock on a
 * connection of its own, which PostgreSQL frees the moment that connection ends (the replica died, the
 * database restarted). Every other replica tries again every 10 s, so one takes over within about that.
 */
export async function whileLeading(options: LeaseOptions, lead: (lost: AbortSignal) => Promise<void>) {
  const { db, accountId, signal } = options
  const retryMs = options.retryMs ?? LEASE_RETRY_MS
  if (options.engine === 'embedded') return lead(signal)
  const key = `collector:${accountId}`
  while (!signal.aborted) {
    try {
      await db.connection().execute(async (connection) => {
        const { rows } = await sql<{ held: boolean }>`
          select pg_try_advisory_lock(${LEASE_NAMESPACE}, hashtext(${key})) as held
        `.execute(connection)
        if (!rows[0]?.held) return
        const lost = new AbortController()
        const stop = () => lost.abort()
        signal.addEventListener('abort', stop, { once: true })
        const check = setInterval(() => {
          sql`select 1`.execute(connection).catch(stop)
        }, retryMs)
        try {
          await lead(lost.signal)
        } finally {
          clearInterval(check)
          signal.removeEventListener('abort', stop)
          await sql`select pg_advisory_unlock(${LEASE_NAMESPACE}, hashtext(${key}))`
            .execute(connection)
            .catch(() => undefined)
        }
      })
    } catch (error) {
      options.onError(error)
    }
    await wallClock.sleep(retryMs, signal)
  }
}
