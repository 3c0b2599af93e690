import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { spawnNode, type NodeChild } from './child.ts'
import { freePort } from './free-port.ts'

export interface LuccaProcess {
  child: NodeChild
  emulatorUrl: string
  receiverUrl: string
}

const ReadySchema = z.object({ emulatorUrl: z.url(), receiverUrl: z.url() })
const entry = fileURLToPath(new URL('./lucca-process.ts', import.meta.url))

/** Starts the emulator (rate limit off, seeded) and its receiver in a child process. */
export async function startLucca(
  options: { seed?: boolean; store?: 'memory' | { file: string }; dispatchDelayMs?: number } = {},
): Promise<LuccaProcess> {
  const port = await freePort()
  const child = spawnNode(entry, { BENCH_LUCCA_OPTIONS: JSON.stringify({ port, ...options }) })
  const line = await new Promise<string>((resolve, reject) => {
    let buffered = ''
    child.process.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      const ready = buffered.split('\n').find((candidate) => candidate.startsWith('{"emulatorUrl"'))
      if (ready) resolve(ready)
    })
    void child.exited.then((code) => reject(new Error(`the emulator exited (${code}):\n${child.output()}`)))
  })
  return { child, ...ReadySchema.parse(JSON.parse(line)) }
}
