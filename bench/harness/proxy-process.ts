// Child-process entry: the real proxy (server/proxy/server.ts, as main.ts starts it) with the console's
// Lucca budget raised. The budget paces calls under Lucca's 50/min tenant limit, so with it a throughput
// benchmark would measure the proxy's own 429 answers; the emulator runs with its rate limit off instead.
import { loadConfig } from '../../server/proxy/config.ts'
import { startConsole } from '../../server/proxy/server.ts'

const budget = Number(process.env.BENCH_BUDGET_PER_MINUTE)
if (!Number.isInteger(budget) || budget < 1) throw new Error('BENCH_BUDGET_PER_MINUTE: a positive integer')
const config = loadConfig()
const running = await startConsole({ ...config, upstream: { ...config.upstream, budgetPerMinute: budget } })

process.once('SIGTERM', () => {
  void running.close().then(() => process.exit(0))
})
