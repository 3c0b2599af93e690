import type { Emulator, EmulatorOptions } from '../server/emulator/app.ts'
import { startEmulator } from '../server/emulator/start.ts'
import { startReceiver } from '../server/receiver/start.ts'
import { startLuccaProcess } from './lucca-child.ts'
import { tapControl } from './tap-control.ts'
import { startTap, type Tap } from './tap.ts'

interface TapSpec {
  /** 'all' (the default): the API and the token URL go through the tap; 'token': the token URL only. */
  scope?: 'all' | 'token'
  /** Its control API (`/_tap/…`), for specs in another process (Playwright). */
  control?: boolean
  port?: number
  /** Serve HTTPS with this certificate (the console must be told to trust it). */
  tls?: { key: string; cert: string }
}

/**
 * A Lucca the console reaches as a configured account, as it would reach the real one: the emulator in this
 * process (tests reach its clock), in a process of its own (benchmarks: separate event loops), or one
 * already running elsewhere (another stack's). Optionally behind a tap.
 */
export type LuccaSpec = (
  | { emulator: 'in-process'; options?: EmulatorOptions }
  | { emulator: 'process' }
  | { emulator: { url: string; receiverUrl: string } }
) & { tap?: TapSpec }

export interface Lucca {
  /** What the console is configured with: the tap's address where it is tapped. */
  apiUrl: string
  tokenUrl: string
  /** The emulator itself, for its control API and for calls that bypass the console. */
  emulatorUrl: string
  receiverUrl: string
  /** The receiver's certificate when this process knows it, so its control calls verify TLS. */
  receiverCa: string | null
  /** The emulator object when it runs in this process (its clock, `idle()`), else null. */
  instance: Emulator | null
  tap: Tap | null
  close(): Promise<void>
}

export type Started = Omit<Lucca, 'apiUrl' | 'tokenUrl' | 'tap'>

export async function startLucca(spec: LuccaSpec): Promise<Lucca> {
  const started = await startEmulatorOf(spec)
  const { tap: tapSpec } = spec
  const tap = tapSpec
    ? await startTap(started.emulatorUrl, {
        ...(tapSpec.port === undefined ? {} : { port: tapSpec.port }),
        ...(tapSpec.tls ? { tls: tapSpec.tls } : {}),
        ...(tapSpec.control ? { intercept: tapControl } : {}),
      })
    : null
  const apiUrl = tap && tapSpec?.scope !== 'token' ? tap.url : started.emulatorUrl
  return {
    ...started,
    apiUrl,
    tokenUrl: `${tap?.url ?? started.emulatorUrl}/connect/token`,
    tap,
    close: async () => {
      await tap?.close()
      await started.close()
    },
  }
}

async function startEmulatorOf(spec: LuccaSpec): Promise<Started> {
  if (spec.emulator === 'process') return startLuccaProcess()
  if (spec.emulator !== 'in-process') {
    const { url, receiverUrl } = spec.emulator
    // Someone else's: they stop it.
    return { emulatorUrl: url, receiverUrl, receiverCa: null, instance: null, close: async () => undefined }
  }
  const options = spec.options ?? {}
  const receiver = await startReceiver({ port: 0 })
  const emulator = await startEmulator({
    store: 'memory',
    rateLimit: 'off',
    logger: false,
    demoReceiverUrl: receiver.url,
    ...options,
    trustedCa: [receiver.ca, ...(options.trustedCa ?? [])],
    port: 0,
  })
  return {
    emulatorUrl: emulator.url,
    receiverUrl: receiver.url,
    receiverCa: receiver.ca,
    instance: emulator.emulator,
    close: async () => {
      await emulator.close()
      await receiver.close()
    },
  }
}
