import type { LoadResult } from '../lib/autocannon.ts'
import { mixedTraffic } from '../lib/mixed-traffic.ts'
import type { SectionResult } from '../lib/results.ts'
import { sampleRss } from '../lib/rss.ts'
import { startStack } from '../../testing/stack.ts'

const MiB = 1024 * 1024

/**
 * Mixed traffic through the proxy in consecutive windows; RSS is sampled every second and p99 drift
 * compares the last window with the first (both measured in the same run).
 */
export async function soakSection(options: { staticDir: string; seconds: number }): Promise<SectionResult> {
  // Neither the console's budget nor the emulator's 50/min limit: a soak measures the console.
  const stack = await startStack({ staticDir: options.staticDir, unthrottled: true })
  try {
    const cookie = await stack.signIn()
    const windows = Math.max(2, Math.round(options.seconds / 30))
    const windowSeconds = Math.max(2, Math.round(options.seconds / windows))
    // A short warm-up, so start-up allocation does not count as growth.
    await mixedTraffic(stack.url, cookie, { connections: 20, seconds: 2 })
    const rss = sampleRss(stack.console.child.pid)
    const results: LoadResult[] = []
    for (let window = 0; window < windows; window += 1) {
      results.push(await mixedTraffic(stack.url, cookie, { connections: 20, seconds: windowSeconds }))
    }
    const memory = rss.stop()
    const [rssStart, rssEnd, growth] = [memory.first, memory.last, memory.growth]
    const first = results[0]
    const last = results.at(-1)
    if (!first || !last) throw new Error('no soak window ran')
    const errors = results.reduce((sum, result) => sum + result.errors, 0)
    const requests = results.reduce((sum, result) => sum + result.requests, 0)
    return {
      data: { seconds: windows * windowSeconds, windows: results, rssStart, rssEnd, errors, requests },
      rows: [
        { metric: `requests in ${windows * windowSeconds} s (20 clients)`, value: String(requests) },
        { metric: 'errors', value: String(errors), target: '0', ok: errors === 0 },
        {
          metric: 'proxy RSS, first → last quarter (mean)',
          value: `${(rssStart / MiB).toFixed(0)} → ${(rssEnd / MiB).toFixed(0)} MiB (${(growth * 100).toFixed(1)} %)`,
          target: '≤ +10 %',
          ok: growth <= 0.1,
        },
        { metric: 'p99 first → last window', value: `${first.p99} → ${last.p99} ms` },
      ],
    }
  } finally {
    await stack.close()
  }
}
