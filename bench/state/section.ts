import type { Row, SectionResult } from '../lib/results.ts'
import { median } from '../lib/stats.ts'
import { clientCounts, measureSessionReads, type LoadSample } from './session-load.ts'
import { measureStarts, type StartSample } from './start-time.ts'
import { filesCommit, startVariants, type Variant } from './variants.ts'

const MiB = 1024 * 1024
const names: Variant['name'][] = ['files', 'PGlite', 'PostgreSQL']

/**
 * The console's state three ways in one run: file stores (filesCommit, the last commit before the
 * database), the embedded PGlite and PostgreSQL (this checkout). Speed as ratios to the file stores, measured
 * side by side; never pass/fail.
 */
export async function stateSection(options: {
  durationSeconds: number
  startRounds: number
  loadRounds: number
}): Promise<SectionResult> {
  const { variants, close } = await startVariants()
  try {
    const starts = await measureStarts(variants, options.startRounds)
    const { loads, memory } = await measureSessionReads(variants, {
      rounds: options.loadRounds,
      durationSeconds: options.durationSeconds,
    })
    const memoryOf = (name: Variant['name']) => memory.find((sample) => sample.variant === name)
    const rows: Row[] = [
      ...(['fresh', 'restart'] as const).map((kind) =>
        compare(
          `start, spawn → /healthz 200, ${kind === 'fresh' ? 'empty state' : 'restart on it'} (median of ${options.startRounds})`,
          (name) => median(startsOf(starts, name, kind).map((sample) => sample.ms)),
          'ms',
        ),
      ),
      compare(
        'RSS after a restart (median)',
        (name) => median(startsOf(starts, name, 'restart').map((s) => s.rss)) / MiB,
        'MiB',
      ),
      compare(
        'RSS after start on empty state, signed in',
        (n) => (memoryOf(n)?.afterStart ?? 0) / MiB,
        'MiB',
      ),
      compare('RSS peak under load', (name) => (memoryOf(name)?.peakRss ?? 0) / MiB, 'MiB'),
      compare('RSS after load', (name) => (memoryOf(name)?.afterLoad ?? 0) / MiB, 'MiB'),
      ...clientCounts.flatMap((connections) => loadRows(loads, connections, options)),
    ]
    return { data: { filesCommit, starts, loads, memory }, rows }
  } finally {
    await close()
  }
}

const startsOf = (starts: StartSample[], name: Variant['name'], kind: StartSample['kind']) =>
  starts.filter((sample) => sample.variant === name && sample.kind === kind)

function loadRows(
  loads: LoadSample[],
  connections: number,
  options: { durationSeconds: number; loadRounds: number },
): Row[] {
  const of = (name: Variant['name']) =>
    loads.filter((sample) => sample.variant === name && sample.connections === connections)
  const label = `${connections} clients, ${options.loadRounds} × ${options.durationSeconds} s`
  const errors = names.map((name) => of(name).reduce((sum, sample) => sum + sample.result.errors, 0))
  return [
    compare(`session read p50, ${label} (median)`, (n) => median(of(n).map((s) => s.result.p50)), 'ms'),
    compare(`session read p99, ${label} (median)`, (n) => median(of(n).map((s) => s.result.p99)), 'ms'),
    compare(`session reads/s, ${label} (mean)`, (n) => mean(of(n).map((s) => s.result.rps)), '/s'),
    {
      metric: `errors, ${label}: files / PGlite / PostgreSQL`,
      value: errors.join(' / '),
      target: '0',
      ok: errors.every((count) => count === 0),
    },
  ]
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length

/** "410 / 2300 / 900 ms (PGlite 5.6×, PostgreSQL 2.2× files)" */
function compare(metric: string, figure: (name: Variant['name']) => number, unit: string): Row {
  const [files = 0, ...others] = names.map(figure)
  const shown = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1))
  const ratio = (value: number) => (files > 0 ? `${(value / files).toFixed(2)}×` : 'n/a')
  const ratios = others.map((value, index) => `${names[index + 1]} ${ratio(value)}`).join(', ')
  return {
    metric: `${metric}: files / PGlite / PostgreSQL`,
    value: `${[files, ...others].map(shown).join(' / ')} ${unit} (${ratios} files)`,
  }
}
