import { join } from 'node:path'
import type { FastifyBaseLogger } from 'fastify'
import { emulatorOptionsFromEnv } from '../emulator/env.ts'
import { startEmulator } from '../emulator/start.ts'
import { startReceiver } from '../receiver/start.ts'
import type { AccountConfig } from './accounts-config.ts'
import type { ProxyConfig } from './config.ts'

// The emulator's documented default client (docs/architecture.md); it only ever exists on loopback.
const DEV_CLIENT = { id: 'console-dev', secret: 'console-dev-secret' }

interface Embedded {
  account: AccountConfig
  receiverUrl: string
  close(): Promise<void>
}

/**
 * The only module that imports server/emulator and server/receiver: with no Lucca account
 * configured, the console runs against an in-process emulator that delivers to a local receiver.
 */
export async function startEmbedded(config: ProxyConfig, logger: FastifyBaseLogger): Promise<Embedded> {
  const { host, emulatorPort, receiverPort, store } = config.embedded
  const receiver = await startReceiver({ host, port: receiverPort })
  const emulator = await startEmulator({
    // EMULATOR_* settings (skip challenge, EMULATOR_VARIANTS, ...) apply to the embedded emulator too.
    ...emulatorOptionsFromEnv({ ...config.embedded.env, DATA_DIR: config.dataDir }),
    host,
    port: emulatorPort,
    trustedCa: [receiver.ca],
    store: store === 'memory' ? 'memory' : { file: join(config.dataDir, 'emulator.json') },
    demoReceiverUrl: receiver.url,
  })
  logger.warn(
    { emulator: emulator.url, receiver: receiver.url },
    'No Lucca account configured: the console runs on the EMBEDDED EMULATOR (local demo data, not real Lucca)',
  )
  const apiUrl = new URL(emulator.url).origin
  return {
    account: {
      id: 'emulator',
      // A name that reads the same in English and French; the badge beside it says « Émulateur local ».
      label: 'Lucca (local)',
      environment: 'emulator',
      apiUrl,
      tokenUrl: `${apiUrl}/connect/token`,
      clientId: DEV_CLIENT.id,
      clientSecret: DEV_CLIENT.secret,
      scope: undefined,
      testReceiverUrl: receiver.url,
    },
    receiverUrl: receiver.url,
    close: async () => {
      await emulator.close()
      await receiver.close()
    },
  }
}
