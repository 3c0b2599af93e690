import { readdir } from 'node:fs/promises'
import { load, type LoadResult } from '../lib/autocannon.ts'
import { rssOf, sampleRss } from '../lib/rss.ts'
import type { ProcessStack } from '../../testing/stack.ts'
import { rotate } from './start-time.ts'
import type { Variant } from './variants.ts'

export const clientCounts = [50, 200] as const

export interface LoadSample {
  variant: Variant['name']
  connections: number
  round: number
  result: LoadResult
  /** The console's highest RSS sampled (every second) during this run. */
  peakRss: number
}

export interface MemorySample {
  variant: Variant['name']
  /** Started on empty state and signed in, before any load. */
  afterStart: number
  /** Once every run is done. */
  afterLoad: number
  peakRss: number
}

/**
 * One unthrottled console per variant (each from its own checkout's startStack()), all running together,
 * and `GET /api/session` with a signed-in cookie from 50 then 200 clients: every variant in turn, in a
 * rotated order each round, so the machine's noise falls on all three alike.
 */
export async function measureSessionReads(
  variants: Variant[],
  options: { rounds: number; durationSeconds: number },
): Promise<{ loads: LoadSample[]; memory: MemorySample[] }> {
  const running: { variant: Variant; stack: ProcessStack; cookie: string; afterStart: number }[] = []
  try {
    for (const variant of variants) {
      const stack = await variant.startStack({ unthrottled: true, env: await variant.freshEnv() })
      running.push({ variant, stack, cookie: '', afterStart: 0 })
    }
    for (const entry of running) {
      entry.cookie = await entry.stack.signIn()
      await checkStore(entry.variant, entry.stack.dataDir)
      entry.afterStart = await rssOf(entry.stack.console.child.pid)
    }
    const read = (entry: (typeof running)[number], connections: number, seconds: number) =>
      load({
        url: `${entry.stack.url}/api/session`,
        headers: { Cookie: entry.cookie },
        connections,
        durationSeconds: seconds,
      })
    // A short warm-up each: the JIT, the pools and the caches, so a variant's first run is not its slowest.
    for (const entry of running) await read(entry, 50, 2)
    const loads: LoadSample[] = []
    for (let round = 0; round < options.rounds; round += 1) {
      for (const connections of clientCounts) {
        for (const entry of rotate(running, round)) {
          const rss = sampleRss(entry.stack.console.child.pid)
          const result = await read(entry, connections, options.durationSeconds)
          const peakRss = Math.max(0, ...rss.stop().samples)
          loads.push({ variant: entry.variant.name, connections, round, result, peakRss })
        }
      }
    }
    const memory: MemorySample[] = []
    for (const entry of running) {
      const peaks = loads.filter((sample) => sample.variant === entry.variant.name)
      memory.push({
        variant: entry.variant.name,
        afterStart: entry.afterStart,
        afterLoad: await rssOf(entry.stack.console.child.pid),
        peakRss: Math.max(0, ...peaks.map((sample) => sample.peakRss)),
      })
    }
    return { loads, memory }
  } finally {
    for (const entry of running.reverse()) await entry.stack.close()
  }
}

/** The file stores write users.json and no database; PGlite its database folder; PostgreSQL neither. */
async function checkStore(variant: Variant, dataDir: string) {
  const files = await readdir(dataDir)
  const found = ['users.json', 'database'].filter((name) => files.includes(name))
  const expected = variant.stateFile ? [variant.stateFile] : []
  if (found.join() !== expected.join())
    throw new Error(
      `${variant.name}: DATA_DIR holds ${found.join(', ') || 'neither users.json nor database'}`,
    )
}
