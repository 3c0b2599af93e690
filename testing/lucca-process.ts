// Child-process entry of a stack's separate Lucca (lucca-child.ts): the emulator (seeded, rate limit off) and its
// HTTPS receiver in a process of their own, so that benchmarks give the console, the emulator and the load
// generator separate event loops, as in production. Prints one JSON line once it listens.
import { startEmulator } from '../server/emulator/start.ts'
import { startReceiver } from '../server/receiver/start.ts'

const receiver = await startReceiver({ port: 0 })
const emulator = await startEmulator({
  port: 0,
  trustedCa: [receiver.ca],
  rateLimit: 'off',
  seed: true,
  demoReceiverUrl: `${receiver.url}/ok`,
  store: 'memory',
  logger: false,
})
const ready = { emulatorUrl: emulator.url, receiverUrl: receiver.url, ca: receiver.ca }
process.stdout.write(`${JSON.stringify(ready)}\n`)

process.once('SIGTERM', () => {
  void Promise.all([emulator.close(), receiver.close()]).then(() => process.exit(0))
})
