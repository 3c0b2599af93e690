import pino from 'pino'
import { buildEmulator, type Emulator } from '../server/emulator/app.ts'
import { createClock, type Clock } from '../server/emulator/clock.ts'
import type { EmulatorOptions } from '../server/emulator/options.ts'
import type { CollectorClock } from '../server/collector/clock.ts'
import { Collector } from '../server/collector/collector.ts'
import { LuccaReader } from '../server/collector/lucca-reader.ts'
import type { Database } from '../server/db/database.ts'
import { ClientCredentialsToken } from '../server/proxy/token.ts'
import { LuccaUpstream } from '../server/proxy/upstream.ts'

/** The emulator's virtual clock as the collector's, telling the test when the collector waits, and until when. */
interface DrivenClock extends CollectorClock {
  /** Moves virtual time on by `ms`, letting the collector run each time it wakes. */
  runFor(ms: number): Promise<void>
}

function drivenClock(clock: Clock): DrivenClock {
  let waiting: { wakeAt: number } | null = null
  let onWait: (() => void)[] = []
  const untilWaiting = () =>
    waiting
      ? Promise.resolve(waiting)
      : new Promise<{ wakeAt: number }>((resolve) => onWait.push(() => resolve(waiting ?? { wakeAt: 0 })))
  return {
    now: () => clock.now(),
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        const wake = () => {
          waiting = null
          cancel()
          signal.removeEventListener('abort', wake)
          resolve()
        }
        if (signal.aborted) return resolve()
        const cancel = clock.schedule(clock.now() + ms, wake)
        signal.addEventListener('abort', wake, { once: true })
        waiting = { wakeAt: clock.now() + ms }
        const waiters = onWait
        onWait = []
        for (const notify of waiters) notify()
      }),
    async runFor(ms) {
      const end = clock.now() + ms
      while (clock.now() < end) {
        const { wakeAt } = await untilWaiting()
        await clock.advance(Math.max(0, Math.min(wakeAt, end) - clock.now()))
        // Let the woken collector start its next step before looking at whether it waits again.
        await new Promise((resolve) => setImmediate(resolve))
      }
    },
  }
}

export interface CollectorRig {
  emulator: Emulator
  url: string
  clock: Clock
  driven: DrivenClock
  upstream: LuccaUpstream
  collector: Collector
  /** Starts the collector's loop; `stop()` ends it. */
  start(): void
  stop(): Promise<void>
  close(): Promise<void>
}

/**
 * A listening emulator in strict mode on a frozen virtual clock, the console's real token client and upstream on that clock,
 * and one account's collector writing to `db`: what the collector's suites drive, minute by virtual minute.
 */
export async function collectorRig(
  db: Database,
  options: EmulatorOptions & { share?: number; budget?: number; retentionDays?: number } = {},
): Promise<CollectorRig> {
  const { share = 10, budget = 45, retentionDays = 400, ...emulatorOptions } = options
  const clock = createClock({ start: '2026-03-02T08:00:00Z', frozen: true })
  const emulator = await buildEmulator({
    store: 'memory',
    clock,
    skipChallenge: true,
    allowHttp: true,
    retryScale: 0.001,
    // Only what Lucca documents (ADR 0012): an [E] parameter the collector came to rely on fails here.
    strict: true,
    ...emulatorOptions,
  })
  await emulator.app.listen({ host: '127.0.0.1', port: 0 })
  const address = emulator.app.server.address()
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  const now = () => clock.now()
  const token = new ClientCredentialsToken(
    {
      tokenUrl: `${url}/connect/token`,
      clientId: 'console-dev',
      clientSecret: 'console-dev-secret',
      scope: undefined,
    },
    { now, timeoutMs: 5_000 },
  )
  const upstream = new LuccaUpstream(
    { apiUrl: url },
    {
      connectTimeoutMs: 3_000,
      headersTimeoutMs: 8_000,
      bodyTimeoutMs: 8_000,
      budgetPerMinute: budget,
      collectorSharePerMinute: share,
      circuitFailureThreshold: 5,
      circuitOpenMs: 30_000,
    },
    token,
    { now, retryBaseMs: 5 },
  )
  const driven = drivenClock(clock)
  const collector = new Collector({
    db,
    accountId: 'acme',
    reader: new LuccaReader(url, upstream),
    usage: () => upstream.usage(),
    clock: driven,
    retentionDays,
    log: pino({ level: 'silent' }),
  })
  let running: { stop: AbortController; done: Promise<void> } | null = null
  const stop = async () => {
    running?.stop.abort()
    await running?.done
    running = null
  }
  return {
    emulator,
    url,
    clock,
    driven,
    upstream,
    collector,
    start() {
      const controller = new AbortController()
      running = { stop: controller, done: collector.run(controller.signal) }
    },
    stop,
    async close() {
      await stop()
      await upstream.close()
      await emulator.close()
    },
  }
}
