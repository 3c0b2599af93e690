// Load: 200 concurrent signed-in clients for 60 s of mixed console traffic through the real proxy process.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { mixedTraffic } from '../../bench/lib/mixed-traffic.ts'
import { sampleRss } from '../../bench/lib/rss.ts'
import { startStack, type ProcessStack } from '../../testing/stack.ts'

const clients = 200
// Issue 7's 60 s; RELIABILITY_LOAD_SECONDS shortens it for a quick local check.
const seconds = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 60)
let stack: ProcessStack

beforeAll(async () => {
  // The console's Lucca budget and the emulator's rate limit would answer 429 by design; this measures the
  // proxy itself, which must stay error-free and flat in memory under that many clients.
  stack = await startStack({ unthrottled: true })
}, 60_000)

afterAll(() => stack?.close())

test(
  `${clients} concurrent clients for ${seconds} s: no errors, no memory kept`,
  { timeout: (seconds + 60) * 1000 },
  async () => {
    const cookie = await stack.signIn()
    // Warm up to a steady heap first, so start-up allocation does not read as growth.
    await mixedTraffic(stack.url, cookie, { connections: clients, seconds: 10 })
    const heapBefore = await stack.console.liveHeap()
    // RSS is sampled for the report only: V8 grows a heap nothing presses it to keep small, so RSS climbs
    // under load with no leak at all (CI saw +26 % with a flat live heap). What a leak must raise is what is
    // still reachable after a full collection, once the clients have gone.
    const rss = sampleRss(stack.console.child.pid)
    const result = await mixedTraffic(stack.url, cookie, { connections: clients, seconds })
    const memory = rss.stop()
    const heapAfter = await stack.console.liveHeap()
    const report = `live heap ${heapBefore} → ${heapAfter} bytes; RSS samples (bytes): ${memory.samples.join(' ')}`
    expect(result.requests).toBeGreaterThan(clients * seconds)
    expect(result.errors, JSON.stringify(result)).toBe(0)
    expect(heapAfter / heapBefore - 1, report).toBeLessThanOrEqual(0.1)
    expect(stack.console.child.process.exitCode).toBeNull()
  },
)
