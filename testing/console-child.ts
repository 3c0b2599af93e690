import { fileURLToPath } from 'node:url'
import { spawnNode, waitUntilReady, type NodeChild } from './child.ts'

export interface ChildConsole {
  run: 'process'
  url: string
  /** The console's own process: its pid (RSS), `exited`, `output()`, or a signal of the test's choosing. */
  child: NodeChild
  /**
   * Bytes still reachable after a full collection, on the V8 heap and outside it (unthrottled consoles only): the load suite's leak check,
   * where RSS would also count the garbage V8 has not yet been pressed to collect.
   */
  liveHeap(): Promise<number>
  close(): Promise<void>
}

/** What the unthrottled entry prints, followed by the live heap in bytes. */
export const liveHeapLine = 'live-heap '

const unthrottledEntry = fileURLToPath(new URL('./console-unthrottled.ts', import.meta.url))

/** `node --import tsx server/proxy/main.ts` as `npm start` runs it (or its unthrottled twin), once healthy. */
export async function startConsoleProcess(
  env: Record<string, string>,
  unthrottled: boolean,
): Promise<ChildConsole> {
  const child = unthrottled
    ? spawnNode(unthrottledEntry, { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --expose-gc`.trim() })
    : spawnNode('server/proxy/main.ts', env)
  const url = `http://${env.HOST}:${env.PORT}`
  try {
    await waitUntilReady(child, `${url}/healthz`)
  } catch (error) {
    await child.stop()
    throw error
  }
  return {
    run: 'process',
    url,
    child,
    liveHeap: () => liveHeapOf(child, unthrottled),
    close: async () => void (await child.stop()),
  }
}

async function liveHeapOf(child: NodeChild, unthrottled: boolean): Promise<number> {
  if (!unthrottled)
    throw new Error('liveHeap() needs an unthrottled console (startStack({ unthrottled: true }))')
  const stdout = child.process.stdout
  if (!stdout) throw new Error('the console was started without a stdout pipe')
  return new Promise((resolve, reject) => {
    let text = ''
    const timer = setTimeout(
      () => done(new Error(`no live-heap reading after 30 s:\n${child.output()}`)),
      30_000,
    )
    const read = (chunk: Buffer) => {
      text += chunk.toString('utf8')
      const bytes = new RegExp(`^${liveHeapLine}(\\d+)$`, 'm').exec(text)?.[1]
      if (bytes !== undefined) done(Number(bytes))
    }
    const done = (result: number | Error) => {
      clearTimeout(timer)
      stdout.off('data', read)
      if (typeof result === 'number') resolve(result)
      else reject(result)
    }
    stdout.on('data', read)
    child.process.kill('SIGUSR2')
  })
}
