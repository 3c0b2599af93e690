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

/**
 * `loops`: how many loops sleep on this clock (the collector's, and e.g. the alerts' evaluator and outbox).
 * Time moves only while all of them sleep, to the earliest wake-up, so none falls behind the clock.
 */
function drivenClock(clock: Clock, loops: number): DrivenClock {
  const sleeping = new Set<{ wakeAt: number }>()
  let onSleep: (() => void)[] = []
  const allAsleep = async (): Promise<void> => {
    while (sleeping.size < loops) await new Promise<void>((resolve) => onSleep.push(resolve))
  }
  return {
    now: () => clock.now(),
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        if (signal.aborted) return resolve()
        const sleeper = { wakeAt: clock.now() + ms }
        const wake = () => {
          sleeping.delete(sleeper)
          cancel()
          signal.removeEventListener('abort', wake)
          resolve()
        }
        const cancel = clock.schedule(sleeper.wakeAt, wake)
        signal.addEventListener('abort', wake, { once: true })
        sleeping.add(sleeper)
        const waiters = onSleep
        onSleep = []
        for (const notify of waiters) notify()
      }),
    async runFor(ms) {
      const end = clock.now() + ms
      while (clock.now() < end) {
        await allAsleep()
        const wakeAt = Math.min(...[...sleeping].map((sleeper) => sleeper.wakeAt))
        await clock.advance(Math.max(0, Math.min(wakeAt, end) - clock.now()))
        // Let the woken loops start their next step before looking at whether they all wait again.
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
  options: EmulatorOptions & {
    share?: number
    budget?: number
    retentionDays?: number
    /** Loops the test adds on `driven` besides the collector's (the alerts' evaluator and outbox: 2). */
    otherLoops?: number
  } = {},
): Promise<CollectorRig> {
  const { share = 10, budget = 45, retentionDays = 400, otherLoops = 0, ...emulatorOptions } = options
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
  const driven = drivenClock(clock, 1 + otherLoops)
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
