import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test } from 'vitest'
import { en as deliveryDebugEn } from '../../features/delivery-debug/locales/en'
import { fr as deliveryDebugFr } from '../../features/delivery-debug/locales/fr'
import { en as onboardingEn } from '../../features/onboarding/locales/en'
import { fr as onboardingFr } from '../../features/onboarding/locales/fr'
import { en } from './en'
import { fr } from './fr'

// A key missing from the strings shows its raw name on screen (i18next's fallback), which no type catches
// for keys written as string literals: this reads every `t('…')` in the SPA and looks each one up.
const src = join(import.meta.dirname, '../..')
const bundles: Record<string, { en: object; fr: object }> = {
  translation: { en, fr },
  'delivery-debug': { en: deliveryDebugEn, fr: deliveryDebugFr },
  onboarding: { en: onboardingEn, fr: onboardingFr },
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'locales' || entry.name === 'test' ? [] : sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

function has(strings: object, key: string): boolean {
  const lookup = (path: string) =>
    path
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings)
  // A plural key exists as key_one / key_other.
  return [key, `${key}_one`, `${key}_other`].some((path) => typeof lookup(path) === 'string')
}

test('every literal translation key used by the SPA exists in English and French, in its namespace', () => {
  const missing: string[] = []
  let checked = 0
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8')
    // The feature namespace a file translates with (`useTranslation(ns)` of its own feature or of the one
    // it imports `ns` from), besides the shell's own.
    const imported = /import \{ ns \} from '[./]*(?:features\/)?([\w-]+)\/i18n'/.exec(text)?.[1]
    const own = /^features\/([\w-]+)\//.exec(relative(src, file))?.[1]
    const namespaces = ['translation', imported, own].filter((name) => name !== undefined)
    for (const match of text.matchAll(/\bt\(\s*'([^'$]+)'/g)) {
      const key = match[1] ?? ''
      checked += 1
      for (const language of ['en', 'fr'] as const) {
        const found = namespaces.some((name) => {
          const bundle = bundles[name]
          return bundle !== undefined && has(bundle[language], key)
        })
        if (!found) missing.push(`${relative(src, file)}: ${key} (${language})`)
      }
    }
  }
  expect(checked).toBeGreaterThan(200)
  expect(missing).toEqual([])
})
