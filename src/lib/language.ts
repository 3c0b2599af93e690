import i18next from 'i18next'

export const languages = ['en', 'fr'] as const
export type Language = (typeof languages)[number]
const storageKey = 'console.language'

export function asLanguage(value: unknown): Language | null {
  return languages.find((language) => language === value) ?? null
}

/** Whether the admin picked a language in the console (else it follows the browser's). */
export function hasChosenLanguage(): boolean {
  return asLanguage(globalThis.localStorage?.getItem(storageKey)) !== null
}

/** The admin's explicit choice wins; otherwise the first browser language we speak; otherwise English. */
export function detectLanguage(): Language {
  const stored = asLanguage(globalThis.localStorage?.getItem(storageKey))
  if (stored) return stored
  for (const tag of globalThis.navigator?.languages ?? []) {
    const base = asLanguage(tag.toLowerCase().split('-')[0])
    if (base) return base
  }
  return 'en'
}

export function changeLanguage(language: Language) {
  globalThis.localStorage?.setItem(storageKey, language)
  return i18next.changeLanguage(language)
}
