import { readFile, writeFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import { resultsFile } from './paths.ts'

/** One line of the printed table. `ok` is absent when a figure has no target. */
export interface Row {
  metric: string
  value: string
  target?: string
  ok?: boolean
}

export interface SectionResult {
  rows: Row[]
  /** The raw figures, kept in bench/results.json. */
  data: unknown
}

type Sections = Record<string, unknown>

interface ResultsFile {
  generatedAt: string
  machine: unknown
  /** When each section was last measured: a run of some sections (`--only`) keeps the others' figures. */
  measuredAt: Record<string, string>
  sections: Sections
}

/** This run's sections over the previous file's: those not run this time are kept, with when they were. */
export function mergeResults(
  previous: unknown,
  sections: Sections,
  machine: unknown,
  now: Date,
): ResultsFile {
  const old = isRecord(previous) ? previous : {}
  const oldSections = isRecord(old.sections) ? old.sections : {}
  const oldTimes = isRecord(old.measuredAt) ? old.measuredAt : {}
  const fallback = typeof old.generatedAt === 'string' ? old.generatedAt : 'unknown'
  const measuredAt: Record<string, string> = {}
  for (const name of Object.keys(oldSections)) {
    const time = oldTimes[name]
    measuredAt[name] = typeof time === 'string' ? time : fallback
  }
  for (const name of Object.keys(sections)) measuredAt[name] = now.toISOString()
  return { generatedAt: now.toISOString(), machine, measuredAt, sections: { ...oldSections, ...sections } }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export async function writeResults(sections: Record<string, SectionResult | { error: string }>) {
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' }
  const previous: unknown = await readFile(resultsFile, 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => null)
  const body = mergeResults(previous, sections, machine, new Date())
  await writeFile(resultsFile, `${JSON.stringify(body, null, 2)}\n`)
}
