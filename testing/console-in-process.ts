import type { FastifyInstance } from 'fastify'
import { parseConfig, type ProxyConfig } from '../server/proxy/config.ts'
import type { Database } from '../server/db/database.ts'
import type { SecretRegistry } from '../server/proxy/logger.ts'
import { startConsole, type StartOptions } from '../server/proxy/server.ts'
import { LeakWatch } from './leak-watch.ts'

/** What every receiver name resolves to in a test: a public address, so no DNS leaves the machine. */
export const PUBLIC_ADDRESS = '93.184.215.14'

export interface InProcessConsole {
  run: 'in-process'
  url: string
  app: FastifyInstance
  secrets: SecretRegistry
  /** The console's database, to inspect it or break it on purpose. */
  database: Database
  /** Every log line and every byte the stack's `call` saw, checked for secrets by `watch.leaks()`. */
  watch: LeakWatch
  close(): Promise<void>
}

/** No pacing of calls to Lucca: for load runs, which measure the console rather than its 429 answers. */
export function unthrottledConfig(config: ProxyConfig): ProxyConfig {
  return { ...config, upstream: { ...config.upstream, budgetPerMinute: 1_000_000_000 } }
}

/** startConsole() in this process, as main.ts runs it, with the injection points tests need. */
export async function startConsoleInProcess(
  env: Record<string, string>,
  unthrottled: boolean,
  options: StartOptions,
): Promise<InProcessConsole> {
  const watch = new LeakWatch()
  watch.secret(...Object.entries(env).flatMap(([name, value]) => (name.endsWith('SECRET') ? [value] : [])))
  const config = parseConfig(env)
  const running = await startConsole(unthrottled ? unthrottledConfig(config) : config, {
    logDestination: watch.stream,
    resolveHost: async () => [PUBLIC_ADDRESS],
    // Cheap password hashing and short back-offs: the logic is the same, the suite minutes faster.
    scryptCost: 2 ** 12,
    retryBaseMs: 5,
    print: () => undefined,
    ...options,
  })
  return {
    run: 'in-process',
    url: running.url,
    app: running.app,
    secrets: running.secrets,
    database: running.database,
    watch,
    close: async () => {
      watch.secret(...running.secrets.snapshot())
      await running.close()
    },
  }
}
