// Makes sure Playwright has a Chromium to drive: an explicit CHROMIUM_PATH, Playwright's own browser,
// or Debian's chromium, which this script installs with apt-get when nothing else is there.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const explicit = process.env.CHROMIUM_PATH
const own = (() => {
  try {
    return chromium.executablePath()
  } catch {
    return ''
  }
})()

if (explicit && existsSync(explicit)) process.exit(0)
if (own && existsSync(own)) process.exit(0)
if (existsSync('/usr/bin/chromium')) process.exit(0)

if (process.getuid?.() !== 0) {
  console.error('No Chromium found. Install Debian\'s "chromium" package or set CHROMIUM_PATH.')
  process.exit(1)
}
console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get…')
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
