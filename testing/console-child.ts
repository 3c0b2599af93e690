import { fileURLToPath } from 'node:url'
import { spawnNode, waitUntilReady, type NodeChild } from './child.ts'

export interface ChildConsole {
  run: 'process'
  url: string
  /** The console's own process: its pid (RSS), `exited`, `output()`, or a signal of the test's choosing. */
  child: NodeChild
  close(): Promise<void>
}

const unthrottledEntry = fileURLToPath(new URL('./console-unthrottled.ts', import.meta.url))

/** `node --import tsx server/proxy/main.ts` as `npm start` runs it (or its unthrottled twin), once healthy. */
export async function startConsoleProcess(
  env: Record<string, string>,
  unthrottled: boolean,
): Promise<ChildConsole> {
  const child = spawnNode(unthrottled ? unthrottledEntry : 'server/proxy/main.ts', env)
  const url = `http://${env.HOST}:${env.PORT}`
  try {
    await waitUntilReady(child, `${url}/healthz`)
  } catch (error) {
    await child.stop()
    throw error
  }
  return { run: 'process', url, child, close: async () => void (await child.stop()) }
}
