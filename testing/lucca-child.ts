import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { spawnNode } from './child.ts'
import type { Started } from './lucca.ts'

const ReadySchema = z.object({ emulatorUrl: z.url(), receiverUrl: z.url(), ca: z.string() })
const entry = fileURLToPath(new URL('./lucca-process.ts', import.meta.url))

/** lucca-process.ts in a child of its own, once it has printed where it listens. */
export async function startLuccaProcess(): Promise<Started> {
  const child = spawnNode(entry, {})
  const line = await new Promise<string>((resolve, reject) => {
    let buffered = ''
    child.process.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      // Complete lines only: the certificate makes the line longer than one chunk.
      const ready = buffered
        .split('\n')
        .slice(0, -1)
        .find((candidate) => candidate.startsWith('{"emulatorUrl"'))
      if (ready) resolve(ready)
    })
    void child.exited.then((code) => reject(new Error(`the emulator exited (${code}):\n${child.output()}`)))
  })
  const ready = ReadySchema.parse(JSON.parse(line))
  return {
    emulatorUrl: ready.emulatorUrl,
    receiverUrl: ready.receiverUrl,
    receiverCa: ready.ca,
    instance: null,
    close: async () => void (await child.stop()),
  }
}
