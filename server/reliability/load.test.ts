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
  `${clients} concurrent clients for ${seconds} s: no errors, memory flat`,
  { timeout: (seconds + 60) * 1000 },
  async () => {
    const cookie = await stack.signIn()
    // Warm up to a steady heap first, so start-up allocation does not read as growth.
    await mixedTraffic(stack.url, cookie, { connections: clients, seconds: 10 })
    // Sampled every second: one reading can catch V8 resizing its heap, a leak keeps climbing.
    const rss = sampleRss(stack.console.child.pid)
    const result = await mixedTraffic(stack.url, cookie, { connections: clients, seconds })
    const memory = rss.stop()
    expect(result.requests).toBeGreaterThan(clients * seconds)
    expect(result.errors, JSON.stringify(result)).toBe(0)
    expect(memory.growth, `RSS samples (bytes): ${memory.samples.join(' ')}`).toBeLessThanOrEqual(0.1)
    expect(stack.console.child.process.exitCode).toBeNull()
  },
)
