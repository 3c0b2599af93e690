import type { AddressInfo } from 'node:net'
import { buildEmulator, type Emulator } from './app.ts'
import type { EmulatorOptions } from './options.ts'

/** Starts the emulator on a real port (127.0.0.1:4010 unless told otherwise; tests pass port 0). */
export async function startEmulator(
  options: EmulatorOptions & { host?: string; port?: number } = {},
): Promise<{ url: string; emulator: Emulator; close(): Promise<void> }> {
  const { host = '127.0.0.1', port = 4010, ...rest } = options
  const emulator = await buildEmulator(rest)
  await emulator.app.listen({ host, port })
  const address = emulator.app.server.address() as AddressInfo
  return { url: `http://${host}:${address.port}`, emulator, close: () => emulator.close() }
}
