import { writeFile } from 'node:fs/promises'
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

export async function writeResults(sections: Record<string, SectionResult | { error: string }>) {
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' }
  const body = { generatedAt: new Date().toISOString(), machine, sections }
  await writeFile(resultsFile, `${JSON.stringify(body, null, 2)}\n`)
}
