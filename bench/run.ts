// `npm run bench`: measures the console and prints a Markdown table; the raw figures go to bench/results.json.
import { execFileSync } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { buildIntoTemp } from './bundle/build.ts'
import { bundleSection } from './bundle/section.ts'
import { feedbackSection } from './feedback/section.ts'
import { historySection } from './history/section.ts'
import { lighthouseSection } from './lighthouse/section.ts'
import { parseBenchArgs, type SectionName } from './lib/args.ts'
import { writeResults, type Row, type SectionResult } from './lib/results.ts'
import { markdownTable } from './lib/table.ts'
import { repoRoot } from './lib/paths.ts'
import { proxySection } from './proxy/section.ts'
import { soakSection } from './soak/section.ts'
import { stateSection } from './state/section.ts'

const args = parseBenchArgs(process.argv.slice(2))
// Exit through process.exit, so the harness's exit hook stops the servers it started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130))
// Built once, on first need; the proxy section runs without it, so a broken build does not hide its figures.
let build: Promise<string> | undefined
const built = () => (build ??= buildIntoTemp())
let failed = false

// The browser sections need a Chromium; the project's own script finds one or installs Debian's.
if (args.sections.some((name) => name === 'lighthouse' || name === 'feedback')) {
  execFileSync(process.execPath, ['scripts/ensure-tools.mjs', 'chromium'], {
    cwd: repoRoot,
    stdio: 'inherit',
  })
}

const sections: Record<SectionName, () => Promise<SectionResult>> = {
  bundle: async () => {
    const result = await bundleSection(await built())
    // Budgets fail the run (sizes are deterministic); timings on a shared machine never do.
    if (result.violations.length > 0) failed = true
    return result
  },
  proxy: () => proxySection({ durationSeconds: args.durationSeconds }),
  state: () =>
    stateSection({ durationSeconds: args.durationSeconds, startRounds: args.startRounds, loadRounds: 2 }),
  lighthouse: async () => lighthouseSection({ staticDir: await built(), runs: args.lighthouseRuns }),
  feedback: async () => feedbackSection({ staticDir: await built() }),
  soak: async () => soakSection({ staticDir: await built(), seconds: args.soakSeconds }),
  history: () => historySection(args.history),
}

// A failed child command (vite, lighthouse) says why on stderr, not in its message.
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const stderr = 'stderr' in error && typeof error.stderr === 'string' ? error.stderr.trim() : ''
  const reason = stderr.split('\n').findLast((line) => /error/i.test(line)) ?? ''
  return reason ? `${error.message.split('\n')[0]} (${reason.trim()})` : error.message
}

const results: Record<string, SectionResult | { error: string }> = {}
const printed: { name: string; rows: Row[] }[] = []
try {
  for (const name of args.sections) {
    process.stderr.write(`bench: ${name}…\n`)
    try {
      const result = await sections[name]()
      results[name] = result
      printed.push({ name, rows: result.rows })
    } catch (error) {
      failed = true
      const message = describe(error)
      results[name] = { error: message }
      printed.push({ name, rows: [{ metric: 'error', value: message.split('\n')[0] ?? message }] })
    }
  }
} finally {
  const staticDir = await build?.catch(() => undefined)
  if (staticDir) await rm(staticDir, { recursive: true, force: true })
}
await writeResults(results)
console.log(markdownTable(printed))
process.exit(failed ? 1 : 0)
