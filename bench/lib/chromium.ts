import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

/** The same choice as playwright.config.ts: CHROMIUM_PATH, else Playwright's own, else Debian's. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    const own = chromium.executablePath()
    if (existsSync(own)) return own
  } catch {
    // Playwright's browser is not installed here.
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH')
}

/** Flags for headless Chromium as root on a CI box, without calls to outside hosts. */
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
