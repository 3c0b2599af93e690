import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export interface NodeChild {
  pid: number
  process: ChildProcess
  /** The last lines it printed, for error messages. */
  output(): string
  /** Resolves with the exit code (or the signal name) once it has exited. */
  exited: Promise<number | string>
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<number | string>
}

const keptLines = 80
const repoRoot = fileURLToPath(new URL('../', import.meta.url))
const live = new Set<ChildProcess>()
// A benchmark or test that dies (Ctrl-C, a thrown error) must not leave servers running behind it.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL')
})

/**
 * Runs a TypeScript entry point (relative to the repository, or to `cwd`: another checkout, as the bench's
 * older console) with `node --import tsx`, as `npm start` does.
 */
export function spawnNode(script: string, env: Record<string, string>, cwd = repoRoot): NodeChild {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (child.pid === undefined) throw new Error(`could not start ${script}`)
  live.add(child)
  const lines: string[] = []
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    lines.splice(0, Math.max(0, lines.length - keptLines))
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child)
      resolve(code ?? signal ?? 'unknown')
    })
  })
  const stop = async (graceMs = 10_000) => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    const result = await exited
    clearTimeout(timer)
    return result
  }
  return { pid: child.pid, process: child, output: () => lines.join('\n'), exited, stop }
}

/** Polls `url` every `everyMs` until it answers 2xx, failing early if the process dies. */
export async function waitUntilReady(
  child: NodeChild,
  url: string,
  timeoutMs = 60_000,
  everyMs = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let dead: number | string | undefined
  void child.exited.then((code) => (dead = code))
  while (Date.now() < deadline) {
    if (dead !== undefined) throw new Error(`${url}: the process exited (${dead}):\n${child.output()}`)
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error(`${url} was not ready after ${timeoutMs} ms:\n${child.output()}`)
}
