// Child-process entry: the emulator and its HTTPS receiver in a process of their own, so that benchmarks
// give the proxy, the emulator and the load generator separate event loops, as in production.
import { z } from 'zod'
import { startEmulator } from '../../server/emulator/start.ts'
import { startReceiver } from '../../server/receiver/start.ts'

const OptionsSchema = z.object({
  port: z.number().int(),
  receiverPort: z.number().int().default(0),
  seed: z.boolean().default(true),
  store: z.union([z.literal('memory'), z.object({ file: z.string() })]).default('memory'),
  dispatchDelayMs: z.number().int().optional(),
})
const options = OptionsSchema.parse(JSON.parse(process.env.BENCH_LUCCA_OPTIONS ?? '{}'))

const receiver = await startReceiver({ port: options.receiverPort })
const emulator = await startEmulator({
  port: options.port,
  trustedCa: [receiver.ca],
  rateLimit: 'off',
  seed: options.seed,
  demoReceiverUrl: `${receiver.url}/ok`,
  store: options.store,
  logger: false,
  ...(options.dispatchDelayMs === undefined ? {} : { dispatchDelayMs: options.dispatchDelayMs }),
})
process.stdout.write(`${JSON.stringify({ emulatorUrl: emulator.url, receiverUrl: receiver.url })}\n`)

process.once('SIGTERM', () => {
  void Promise.all([emulator.close(), receiver.close()]).then(() => process.exit(0))
})
