import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

// The one choice of browser for Playwright, the screenshots and the benchmarks.

/** CHROMIUM_PATH, else Playwright's own browser when installed, else Debian's. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    const own = chromium.executablePath()
    if (existsSync(own)) return own
  } catch {
    // Playwright's browser is not installed here.
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  throw new Error('No Chromium: run `node scripts/ensure-tools.mjs chromium` or set CHROMIUM_PATH')
}

/** Flags for Chromium as root on a CI box, without calls to outside hosts (Playwright adds its own headless). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** The same, headless, for tools that launch Chromium themselves (Lighthouse). */
export const chromiumFlags = ['--headless=new', ...chromiumArgs]
