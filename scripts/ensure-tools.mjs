// Makes sure the programs the tests drive are on this machine, installing Debian's packages for what is
// missing in one apt-get run (several at once would fight over dpkg's lock):
// - a Chromium for Playwright, Lighthouse and the screenshots: CHROMIUM_PATH, Playwright's own browser, or
//   Debian's `chromium`;
// - PHP, so the PHP signature-verification snippet shown to integrators is really run (`php-cli`);
// - a PostgreSQL server, which the database suites start throw-away clusters of (`postgresql`).
// `node scripts/ensure-tools.mjs chromium` checks only the browser (the benchmarks need nothing else).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chromium } from '@playwright/test'

function hasChromium() {
  const explicit = process.env.CHROMIUM_PATH
  if (explicit && existsSync(explicit)) return true
  try {
    if (existsSync(chromium.executablePath())) return true
  } catch {
    // Playwright has no browser of its own here.
  }
  return existsSync('/usr/bin/chromium')
}

function hasPostgres() {
  const root = '/usr/lib/postgresql'
  return existsSync(root) && readdirSync(root).some((version) => existsSync(`${root}/${version}/bin/initdb`))
}

function runs(command) {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

const tools = [
  { name: 'chromium', present: hasChromium, packages: ['chromium'] },
  { name: 'php', present: () => runs('php'), packages: ['php-cli'] },
  { name: 'postgresql', present: hasPostgres, packages: ['postgresql'] },
]
const wanted = process.argv.length > 2 ? tools.filter((tool) => process.argv.includes(tool.name)) : tools
const missing = wanted.filter((tool) => !tool.present())
if (missing.length === 0) process.exit(0)

const packages = missing.flatMap((tool) => tool.packages)
if (process.getuid?.() !== 0) {
  console.error(
    `Missing: ${missing.map((tool) => tool.name).join(', ')}. Install Debian's ${packages.join(', ')}.`,
  )
  process.exit(1)
}
console.log(`Installing Debian's ${packages.join(', ')} with apt-get…`)
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
  stdio: 'inherit',
  env,
})
