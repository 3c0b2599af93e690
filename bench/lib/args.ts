import { parseArgs } from 'node:util'

const sectionNames = ['bundle', 'proxy', 'state', 'lighthouse', 'feedback', 'soak', 'history'] as const
export type SectionName = (typeof sectionNames)[number]

export interface BenchArgs {
  sections: SectionName[]
  /** Seconds of each autocannon run in the proxy and state sections. */
  durationSeconds: number
  /** Console starts per variant in the state section (each an empty-state start and a restart). */
  startRounds: number
  soakSeconds: number
  lighthouseRuns: number
  history: {
    /** Rounds of four test deliveries (two per client) in the latency part. */
    rounds: number
    /** Deliveries stored before the log's queries are timed. */
    deliveries: number
    /** Also on the embedded engine (`--history-embedded`): about 3 more minutes at 1,000,000. */
    embedded: boolean
  }
}

const isSection = (name: string): name is SectionName => (sectionNames as readonly string[]).includes(name)

/** `npm run bench -- [--only bundle,proxy] [--quick] [--soak-seconds 30] [--history-embedded]` */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'soak-seconds': { type: 'string' },
      'history-embedded': { type: 'boolean', default: false },
    },
  })
  const only = values.only?.split(',').map((name) => name.trim()) ?? [...sectionNames]
  const unknown = only.filter((name) => !isSection(name))
  if (unknown.length > 0)
    throw new Error(`unknown section(s) ${unknown.join(', ')}; use ${sectionNames.join(', ')}`)
  const soakSeconds = Number(values['soak-seconds'] ?? (values.quick ? 30 : 300))
  if (!Number.isInteger(soakSeconds) || soakSeconds < 5) throw new Error('--soak-seconds: an integer ≥ 5')
  return {
    sections: only.filter(isSection),
    durationSeconds: values.quick ? 4 : 10,
    startRounds: values.quick ? 1 : 3,
    soakSeconds,
    lighthouseRuns: 3,
    history: {
      rounds: values.quick ? 4 : 10,
      deliveries: values.quick ? 100_000 : 1_000_000,
      embedded: values['history-embedded'],
    },
  }
}
