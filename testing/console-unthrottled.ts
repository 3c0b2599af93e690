// Child-process entry: the real console (server/proxy/server.ts, as main.ts starts it) with its Lucca budget
// lifted. The budget paces calls under Lucca's 50/min tenant limit, so with it a throughput benchmark would
// measure the console's own 429 answers; the emulator runs with its rate limit off too (stack.ts).
import { loadConfig } from '../server/proxy/config.ts'
import { startConsole } from '../server/proxy/server.ts'
import { unthrottledConfig } from './console-in-process.ts'

const running = await startConsole(unthrottledConfig(loadConfig()))

process.once('SIGTERM', () => {
  void running.close().then(() => process.exit(0))
})
