import { rm } from 'node:fs/promises'
import { afterAll, expect, test } from 'vitest'
import { budgetViolations } from './bundle/budget.ts'
import { buildIntoTemp } from './bundle/build.ts'
import { measureBundle } from './bundle/measure.ts'

let outDir = ''
afterAll(() => rm(outDir, { recursive: true, force: true }))

// Sizes are deterministic, so unlike timings a size budget can gate the build.
test(
  'the console bundle stays within its gzip budgets (issue 7: 180 KiB first route, 300 KiB all JS)',
  { timeout: 120_000 },
  async () => {
    outDir = await buildIntoTemp()
    const report = await measureBundle(outDir)
    expect(report.firstRoute.js.gzip).toBeGreaterThan(0)
    expect(budgetViolations(report)).toEqual([])
  },
)
