// Child-process entry: the real console (server/proxy/server.ts, as main.ts starts it) with its Lucca budget
// lifted. The budget paces calls under Lucca's 50/min tenant limit, so with it a throughput benchmark would
// measure the console's own 429 answers; the emulator runs with its rate limit off too (stack.ts).
import { loadConfig } from '../server/proxy/config.ts'
import { startConsole } from '../server/proxy/server.ts'
import { liveHeapLine } from './console-child.ts'
import { unthrottledConfig } from './console-in-process.ts'

const running = await startConsole(unthrottledConfig(loadConfig()))

process.once('SIGTERM', () => {
  void running.close().then(() => process.exit(0))
})

// The load suite's leak check (ChildConsole.liveHeap): a full collection, then what is still reachable.
// RSS alone cannot tell a leak from V8 growing a heap nothing pressures it to keep small.
process.on('SIGUSR2', () => {
  const collect = (globalThis as { gc?: () => void }).gc
  if (!collect) throw new Error('started without --expose-gc')
  collect()
  const { heapUsed, external } = process.memoryUsage()
  process.stdout.write(`${liveHeapLine}${heapUsed + external}\n`)
})
