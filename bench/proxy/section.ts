import { load } from '../lib/autocannon.ts'
import type { Row, SectionResult } from '../lib/results.ts'
import { luccaHeaders } from '../../testing/emulator-control.ts'
import { startStack } from '../../testing/stack.ts'
import { measureOverhead, type OverheadPoint } from './overhead.ts'

const tokenPath = '/connect/token'
const tokenTtlSeconds = 1800 // the emulator's default, as Lucca's
// 10 clients is the headline; 8 matches the proxy's upstream pool (server/proxy/upstream.ts), to show
// how much of the gap at 50 ms is queueing for a pool connection rather than per-request cost.
const scenarios = [
  { latencyMs: 0, connections: 10 },
  { latencyMs: 50, connections: 10 },
  { latencyMs: 50, connections: 8 },
]

/**
 * Proxy overhead and token efficiency. The emulator runs in its own process; the proxy in another, with
 * its token URL behind a counting tap so every token request it makes is seen.
 */
export async function proxySection(options: { durationSeconds: number }): Promise<SectionResult> {
  const started = Date.now()
  const stack = await startStack({
    lucca: { emulator: 'process', tap: { scope: 'token' } },
    unthrottled: true,
  })
  try {
    const cookie = await stack.signIn()
    const targets = {
      direct: { url: stack.emulatorUrl, headers: luccaHeaders(await stack.emulator.token()) },
      proxied: { url: stack.url, headers: { Cookie: cookie } },
      emulator: stack.emulator,
    }
    const points = await measureOverhead(targets, scenarios, options.durationSeconds)
    const tenThousand = await load({
      ...targets.proxied,
      connections: 10,
      amount: 10_000,
      pathOf: (n) => `/lucca-api/webhook-endpoints?limit=${1 + (n % 100)}`,
    })
    const seconds = (Date.now() - started) / 1000
    const tokens = stack.tap?.count(tokenPath) ?? 0
    const lifetimes = Math.ceil(seconds / tokenTtlSeconds)
    const proxiedCalls = points.reduce((sum, p) => sum + p.proxied.requests, 0) + tenThousand.requests
    const tokenData = {
      tokenRequests: tokens,
      proxiedCalls,
      seconds,
      tokenTtlSeconds,
      lifetimes,
      tenThousand,
    }
    return {
      data: { overhead: points, tokens: tokenData },
      rows: [...overheadRows(points), ...tokenRows(tokenData)],
    }
  } finally {
    await stack.close()
  }
}

const signed = (ms: number) => (ms < 0 ? `−${-ms}` : `+${ms}`)

function overheadRows(points: OverheadPoint[]): Row[] {
  return points.flatMap((point) => {
    const at50 = point.latencyMs === 50
    const errors = point.direct.errors + point.proxied.errors
    const label = `upstream +${point.latencyMs} ms, ${point.connections} clients`
    return [
      {
        metric: `req/s proxied ÷ direct, ${label}`,
        value: `${point.throughputRatio}× (${Math.round(point.proxied.rps)} vs ${Math.round(point.direct.rps)})`,
        ...(at50 ? { target: '≥ 0.95×', ok: point.throughputRatio >= 0.95 } : {}),
      },
      {
        metric: `added p50 / p99, ${label}`,
        value: `${signed(point.addedP50Ms)} / ${signed(point.addedP99Ms)} ms`,
        ...(at50 ? { target: 'p99 ≤ +10 ms', ok: point.addedP99Ms <= 10 } : {}),
      },
      {
        metric: `errors, ${label}`,
        value: String(errors),
        target: '0',
        ok: errors === 0,
      },
    ]
  })
}

function tokenRows(data: {
  tokenRequests: number
  proxiedCalls: number
  lifetimes: number
  tenThousand: { errors: number }
}): Row[] {
  const per10k = (data.tokenRequests / data.proxiedCalls) * 10_000
  return [
    {
      metric: 'token requests per 10,000 proxied calls',
      value: `${per10k.toFixed(2)} (${data.tokenRequests} for ${data.proxiedCalls} calls, ${data.tenThousand.errors} errors)`,
    },
    {
      metric: 'token requests per token lifetime',
      value: `${data.tokenRequests} in ${data.lifetimes} lifetime(s)`,
      target: 'exactly 1',
      ok: data.tokenRequests === data.lifetimes,
    },
  ]
}
