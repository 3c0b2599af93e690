// `npm run emulator`: the emulator alone on 127.0.0.1:4010, with a local HTTPS receiver it trusts explicitly.
import { startReceiver } from '../receiver/start.ts'
import { emulatorOptionsFromEnv } from './env.ts'
import { startEmulator } from './start.ts'

const env = process.env
const receiver = await startReceiver({ port: Number(env.RECEIVER_PORT ?? 4443) })
const emulator = await startEmulator({
  ...emulatorOptionsFromEnv(env),
  host: env.EMULATOR_HOST ?? '127.0.0.1',
  port: Number(env.EMULATOR_PORT ?? 4010),
  trustedCa: [receiver.ca],
  demoReceiverUrl: receiver.url,
  logger: { level: env.LOG_LEVEL ?? 'info' },
})

console.log(`Lucca emulator: ${emulator.url} (token: ${emulator.url}/connect/token, client console-dev)`)
console.log(
  `HTTPS webhook receiver: ${receiver.url} (paths /ok, /fail/<code>, /slow/<ms>, /switch/<name>, …)`,
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.all([emulator.close(), receiver.close()]).then(() => process.exit(0))
  })
}
