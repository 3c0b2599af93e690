import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { budgetViolations } from './budget.ts'
import { measureBundle } from './measure.ts'

let outDir = ''
afterEach(() => rm(outDir, { recursive: true, force: true }))

// A fake build: random bytes do not compress, so the gzip sizes are known to within a few hundred bytes.
async function fakeBuild(files: Record<string, number>, manifest: Record<string, unknown>) {
  outDir = await mkdtemp(join(tmpdir(), 'bench-measure-'))
  await mkdir(join(outDir, 'assets'))
  await mkdir(join(outDir, '.vite'))
  await writeFile(join(outDir, '.vite/manifest.json'), JSON.stringify(manifest))
  for (const [name, size] of Object.entries(files)) await writeFile(join(outDir, name), randomBytes(size))
  return outDir
}

const manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/app/pages/endpoints-page.tsx', 'src/app/pages/delivery-page.tsx'],
    css: ['assets/index.css'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  'src/app/pages/endpoints-page.tsx': { file: 'assets/endpoints.js', imports: ['_table.js'] },
  '_table.js': { file: 'assets/table.js' },
  'src/app/pages/delivery-page.tsx': { file: 'assets/delivery.js' },
}

test('the first route counts the entry, its static imports and the first lazy page, not other pages', async () => {
  const sizes = { index: 10_000, vendor: 20_000, endpoints: 5_000, table: 3_000, delivery: 7_000, css: 4_000 }
  const report = await measureBundle(
    await fakeBuild(
      {
        'assets/index.js': sizes.index,
        'assets/vendor.js': sizes.vendor,
        'assets/endpoints.js': sizes.endpoints,
        'assets/table.js': sizes.table,
        'assets/delivery.js': sizes.delivery,
        'assets/index.css': sizes.css,
      },
      manifest,
    ),
  )
  expect(report.firstRoute.files).toEqual([
    'assets/endpoints.js',
    'assets/index.css',
    'assets/index.js',
    'assets/table.js',
    'assets/vendor.js',
  ])
  expect(report.firstRoute.js.raw).toBe(sizes.index + sizes.vendor + sizes.endpoints + sizes.table)
  expect(report.firstRoute.css.raw).toBe(sizes.css)
  expect(report.all.js.raw).toBe(sizes.index + sizes.vendor + sizes.endpoints + sizes.table + sizes.delivery)
  expect(report.all.chunks).toBe(5)
  expect(report.firstRoute.js.gzip).toBeGreaterThan(report.firstRoute.js.raw * 0.99)
  expect(budgetViolations(report)).toEqual([])
})

test('a bundle over either budget is reported', async () => {
  const report = await measureBundle(
    await fakeBuild(
      { 'assets/index.js': 200 * 1024, 'assets/vendor.js': 1000, 'assets/delivery.js': 120 * 1024 },
      { ...manifest, 'src/app/pages/endpoints-page.tsx': undefined, '_table.js': undefined },
    ),
  )
  const problems = budgetViolations(report)
  expect(problems).toHaveLength(2)
  expect(problems[0]).toMatch(/^first route is 20\d\.\d KiB gz, over the 180\.0 KiB budget$/)
  expect(problems[1]).toMatch(/^all JS of one language is 3\d\d\.\d KiB gz, over the 300\.0 KiB budget$/)
})

test('all JS one visitor can load counts one language’s strings, the larger, with every other chunk', async () => {
  const report = await measureBundle(
    await fakeBuild(
      {
        'assets/index.js': 10_000,
        'assets/strings-users-en-a1.js': 3_000,
        'assets/strings-users-fr-b2.js': 4_000,
        'assets/strings-audit-en-c3.js': 2_000,
        'assets/strings-audit-fr-d4.js': 2_500,
      },
      manifest,
    ),
  )
  expect(report.all.js.raw).toBe(10_000 + 3_000 + 4_000 + 2_000 + 2_500)
  expect(report.all.visitorJs.raw).toBe(10_000 + 4_000 + 2_500)
})

test('the charts are measured apart, with their own budget, and left out of what every visitor loads', async () => {
  const files = {
    'assets/index.js': 10_000,
    'assets/charts-Ab1.js': 100_000,
    'assets/health-charts-Cd2.js': 3_000,
    'assets/charts-Ef3.css': 2_000,
    'assets/widgets-Gh4.js': 5_000,
  }
  const report = await measureBundle(await fakeBuild(files, manifest))
  expect(report.charts.files.toSorted()).toEqual([
    'assets/charts-Ab1.js',
    'assets/charts-Ef3.css',
    'assets/health-charts-Cd2.js',
  ])
  expect([report.charts.js.raw, report.charts.css.raw]).toEqual([103_000, 2_000])
  expect(report.all.js.raw).toBe(118_000)
  expect(report.all.visitorJs.raw).toBe(15_000)
  expect(report.all.chunks).toBe(4)
  expect(budgetViolations(report)).toEqual([])
  await rm(outDir, { recursive: true, force: true })

  const heavy = await measureBundle(
    await fakeBuild({ ...files, 'assets/charts-Ab1.js': 160 * 1024 }, manifest),
  )
  expect(budgetViolations(heavy)).toEqual([
    expect.stringMatching(/^the charts are 16\d\.\d KiB gz, over the 150\.0 KiB budget$/),
  ])
})
