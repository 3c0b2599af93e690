import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { z } from 'zod'
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.ts'
import { repoRoot } from '../lib/paths.ts'

const run = promisify(execFile)

// The command line carries the session cookie: report Lighthouse's own reason, never the command.
async function runLighthouse(...args: Parameters<typeof run>) {
  try {
    await run(...args)
  } catch (error) {
    const stderr = error instanceof Error && 'stderr' in error ? String(error.stderr) : ''
    const reason =
      stderr
        .split('\n')
        .findLast((line) => /error/i.test(line))
        ?.trim() ?? 'no reason given'
    throw new Error(`Lighthouse failed: ${reason}`)
  }
}

export interface Audit {
  performance: number
  accessibility: number
  bestPractices: number
  lcpMs: number
  tbtMs: number
  cls: number
}

const score = z.object({ score: z.number() })
const numeric = z.object({ numericValue: z.number() })
// The few fields of a Lighthouse result (LHR) that we report.
const ReportSchema = z.object({
  categories: z.object({ performance: score, accessibility: score, 'best-practices': score }),
  audits: z.object({
    'largest-contentful-paint': numeric,
    'total-blocking-time': numeric,
    'cumulative-layout-shift': numeric,
  }),
})

/** One Lighthouse run (its default mobile profile, simulated throttling) through its own CLI. */
export async function lighthouse(url: string, headers: Record<string, string>): Promise<Audit> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-lighthouse-'))
  try {
    const output = join(dir, 'report.json')
    await runLighthouse(
      join(repoRoot, 'node_modules/.bin/lighthouse'),
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=${chromiumFlags.join(' ')}`,
        `--extra-headers=${JSON.stringify(headers)}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    )
    const report = ReportSchema.parse(JSON.parse(await readFile(output, 'utf8')))
    return {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      bestPractices: Math.round(report.categories['best-practices'].score * 100),
      lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
      tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
      cls: Number(report.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
