import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { budgetViolations } from './bundle/budget.ts'
import { buildIntoTemp } from './bundle/build.ts'
import { measureBundle } from './bundle/measure.ts'

let outDir = ''
beforeAll(async () => {
  outDir = await buildIntoTemp()
}, 120_000)
afterAll(() => rm(outDir, { recursive: true, force: true }))

// Sizes are deterministic, so unlike timings a size budget can gate the build.
test('the console bundle stays within its gzip budgets (issue 7: 180 KiB first route, 300 KiB all JS; issue 15: 150 KiB the charts)', async () => {
  const report = await measureBundle(outDir)
  expect(report.firstRoute.js.gzip).toBeGreaterThan(0)
  expect(budgetViolations(report)).toEqual([])
})

test("the built page needs no <base> (the CSP says base-uri 'none'): every URL it loads is root-absolute", async () => {
  const html = await readFile(join(outDir, 'index.html'), 'utf8')
  expect(html).not.toMatch(/<base\b/i)
  const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1])
  expect(urls.length).toBeGreaterThan(1)
  expect(urls.filter((url) => !url?.startsWith('/'))).toEqual([])
})
