import { load, type LoadResult } from '../lib/autocannon.ts'
import { round } from '../lib/stats.ts'
import type { EmulatorControl } from '../../testing/emulator-control.ts'

export interface Scenario {
  latencyMs: number
  connections: number
}

export interface OverheadPoint extends Scenario {
  direct: LoadResult
  proxied: LoadResult
  throughputRatio: number
  addedP50Ms: number
  addedP99Ms: number
}

export interface Targets {
  /** Straight to the emulator, with the headers the proxy would add. */
  direct: { url: string; headers: Record<string, string> }
  /** Through the proxy with a signed-in session. */
  proxied: { url: string; headers: Record<string, string> }
  emulator: EmulatorControl
}

// Distinct URLs (limit=1..100), so the proxy cannot share one upstream call between concurrent requests:
// the point is the cost of forwarding each request.
const pathOf = (n: number) => `/lucca-api/webhook-endpoints?limit=${1 + (n % 100)}`

/** Direct and proxied runs back to back at each upstream latency, so both see the same machine noise. */
export async function measureOverhead(
  targets: Targets,
  scenarios: readonly Scenario[],
  durationSeconds: number,
): Promise<OverheadPoint[]> {
  const points: OverheadPoint[] = []
  for (const { latencyMs, connections } of scenarios) {
    await targets.emulator.configure({ latencyMs, rateLimit: 'off' })
    const run = (target: Targets['direct'], seconds: number) =>
      load({ ...target, connections, durationSeconds: seconds, pathOf })
    // Warm both paths (JIT, keep-alive pools, the proxy's token) before measuring.
    await run(targets.direct, 2)
    await run(targets.proxied, 2)
    const direct = await run(targets.direct, durationSeconds)
    const proxied = await run(targets.proxied, durationSeconds)
    points.push({
      latencyMs,
      connections,
      direct,
      proxied,
      throughputRatio: round(proxied.rps / direct.rps, 3),
      addedP50Ms: round(proxied.p50 - direct.p50, 2),
      addedP99Ms: round(proxied.p99 - direct.p99, 2),
    })
  }
  await targets.emulator.configure({ latencyMs: 0 })
  return points
}
