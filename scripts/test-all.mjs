// `npm test`: every check in one command, stopping at nothing so a red run shows all that is wrong,
// then one plain summary line (`N passed, N failed`) counted from the test runners' JSON reports.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const results = 'test-results'
const vitestJson = `${results}/unit-results.json`
const loadJson = `${results}/load-results.json`
const playwrightJson = `${results}/e2e-results.json`
rmSync(vitestJson, { force: true })
rmSync(loadJson, { force: true })
rmSync(playwrightJson, { force: true })

const steps = [
  // Chromium and PHP, installed once here before any suite needs them (tests never call apt-get).
  ['tools', 'node', ['scripts/ensure-tools.mjs']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings=0', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  // Unused files, exports and dependencies (knip.jsonc).
  ['knip', 'npx', ['knip', '--no-progress']],
  [
    'unit',
    'npx',
    [
      'vitest',
      'run',
      '--project=server',
      '--project=spa',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${vitestJson}`,
    ],
  ],
  [
    'load',
    'npx',
    [
      'vitest',
      'run',
      '--project=load',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${loadJson}`,
    ],
  ],
  ['build', 'npx', ['vite', 'build']],
  ['e2e', 'npx', ['playwright', 'test']],
]

let passed = 0
let failed = 0
const failedSteps = []
for (const [name, command, args] of steps) {
  if (name === 'e2e' && failedSteps.includes('build')) continue
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  if (status !== 0 && !failedSteps.includes(name)) failedSteps.push(name)
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined
}
const unit = readJson(vitestJson)
const load = readJson(loadJson)
for (const report of [unit, load]) {
  if (!report) continue
  passed += report.numPassedTests
  failed += report.numFailedTests
}
const e2e = readJson(playwrightJson)
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky
  failed += e2e.stats.unexpected
}
// A check that is not a test runner (typecheck, lint, format, build) counts as one test of its own.
for (const check of ['tools', 'typecheck', 'lint', 'format', 'build']) {
  if (failedSteps.includes(check)) failed += 1
  else passed += 1
}
if (failedSteps.includes('unit') && !unit) failed += 1
if (failedSteps.includes('load') && !load) failed += 1
if (failedSteps.includes('e2e') && !e2e) failed += 1
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0)
