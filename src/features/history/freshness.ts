import { isFirstRead } from './history-api'
import type { HistoryStatus } from './history-client'

type Collector = HistoryStatus['collector']
type Reading = 'firstRead' | 'catchingUp'
type Age = 'seconds' | 'minutes' | 'hours' | 'days'

export interface Freshness {
  /** `fresh`: up to date; `busy`: reading; `paused`: Lucca is failing or refusing. */
  tone: 'fresh' | 'busy' | 'paused'
  key: `freshness.${'justNow' | Age | Reading | `${Reading}Progress` | `paused${'Down' | 'RateLimit' | 'Auth'}`}`
  values: Record<string, number>
}

/** A share done, as the whole percent below it: "99 %" until the read is really through, never "100 %" early. */
export function percentOf(progress: number | null): number | null {
  if (progress === null || !Number.isFinite(progress)) return null
  return Math.min(99, Math.max(0, Math.floor(progress * 100)))
}

const pausedBy: Record<string, 'RateLimit' | 'Auth'> = {
  'lucca-rate-limit': 'RateLimit',
  'upstream-auth': 'Auth',
}
const ages: [Age, number, number][] = [
  ['seconds', 1, 60],
  ['minutes', 60, 60],
  ['hours', 3_600, 24],
  ['days', 86_400, Infinity],
]

/**
 * How fresh the console's view of the account is, in the words an admin reads at the top of a list:
 * "Updated 12 s ago", "Catching up: 40 %", "Paused: Lucca is not answering".
 */
export function freshnessOf(collector: Collector, now: number): Freshness {
  if (collector.state === 'paused') {
    return {
      tone: 'paused',
      key: `freshness.paused${pausedBy[collector.reason ?? ''] ?? 'Down'}`,
      values: {},
    }
  }
  const reading: Reading | null = isFirstRead(collector)
    ? 'firstRead'
    : collector.state === 'up-to-date'
      ? null
      : 'catchingUp'
  if (reading) {
    const percent = percentOf(collector.progress)
    return percent === null
      ? { tone: 'busy', key: `freshness.${reading}`, values: {} }
      : { tone: 'busy', key: `freshness.${reading}Progress`, values: { percent } }
  }
  // A clock a little ahead of the server's reads as "just now", not "in 2 s".
  const seconds = Math.max(0, Math.round((now - Date.parse(collector.updatedAt ?? '')) / 1000)) || 0
  if (seconds < 5) return { tone: 'fresh', key: 'freshness.justNow', values: {} }
  const [unit, size] = ages.find(([, size, below]) => seconds < size * below) ?? ['days', 86_400]
  return { tone: 'fresh', key: `freshness.${unit}`, values: { [unit]: Math.floor(seconds / size) } }
}
