import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rssOf } from '../lib/rss.ts'
import { spawnNode, waitUntilReady } from '../../testing/child.ts'
import { consoleEnv } from '../../testing/console-env.ts'
import { freePort } from '../../testing/ports.ts'
import { staticFixture } from '../../testing/static-fixture.ts'
import type { Variant } from './variants.ts'

export interface StartSample {
  variant: Variant['name']
  /** 'fresh': empty state (PGlite's initdb, the migrations, the first admin); 'restart': on that same state. */
  kind: 'fresh' | 'restart'
  ms: number
  rss: number
}

// startStack() polls /healthz every 200 ms, too coarse for a start time: these starts poll every 20 ms.
const pollMs = 20

/**
 * `rounds` × (a start on empty state, then a restart on it) per variant, `node --import tsx
 * server/proxy/main.ts` from the variant's checkout as `npm start` runs it, timed from spawn to the first
 * /healthz 200. The variants take turns, in a rotated order each round.
 */
export async function measureStarts(variants: Variant[], rounds: number): Promise<StartSample[]> {
  const staticDir = await staticFixture()
  const samples: StartSample[] = []
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const variant of rotate(variants, round)) {
        const dataDir = await mkdtemp(join(tmpdir(), 'bench-state-'))
        try {
          const env = await variant.freshEnv()
          for (const kind of ['fresh', 'restart'] as const) {
            const { ms, rss } = await timedStart(variant, { dataDir, staticDir, env })
            samples.push({ variant: variant.name, kind, ms, rss })
          }
        } finally {
          await rm(dataDir, { recursive: true, force: true })
        }
      }
    }
  } finally {
    await rm(staticDir, { recursive: true, force: true })
  }
  return samples
}

export function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length
  return [...items.slice(shift), ...items.slice(0, shift)]
}

async function timedStart(
  variant: Variant,
  state: { dataDir: string; staticDir: string; env: Record<string, string> },
) {
  const [port, emulator, receiver] = [await freePort(), await freePort(), await freePort()]
  const env = consoleEnv({
    ...state,
    parts: { EMULATOR_PORT: String(emulator), RECEIVER_PORT: String(receiver) },
    port,
    logLevel: 'warn',
    unthrottled: false,
  })
  const started = performance.now()
  const child = spawnNode('server/proxy/main.ts', env, variant.root)
  let ready: { ms: number; rss: number } | Error
  try {
    await waitUntilReady(child, `http://127.0.0.1:${port}/healthz`, 60_000, pollMs)
    ready = { ms: performance.now() - started, rss: await rssOf(child.pid) }
  } catch (error) {
    ready = error instanceof Error ? error : new Error(String(error))
  }
  const code = await child.stop()
  if (ready instanceof Error) throw ready
  if (code !== 0) throw new Error(`${variant.name} console exited ${code}:\n${child.output()}`)
  return ready
}
