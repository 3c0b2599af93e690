import i18next, { type BackendModule, type CustomTypeOptions } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { detectLanguage, hasChosenLanguage } from '../lib/language'
import { rememberForFirstPaint } from '../lib/first-paint'
import { en } from './locales/en'

i18next.on('languageChanged', (language) => {
  if (typeof document === 'undefined') return
  document.documentElement.lang = language
  // Only a choice the admin made: otherwise the proxy reads the browser's languages, as detectLanguage does.
  if (hasChosenLanguage()) rememberForFirstPaint('console.language', language)
})

// One mechanism for every string: each feature, or each concern inside one (`deliveries/follow`), owns
// `locales/en.ts` and `locales/fr.ts` (exporting `en` and `fr`); its namespace is its folder. Each (language,
// namespace) is its own small chunk, read when a screen first needs it. Only the shell's English, the
// fallback of every screen, comes with the entry.
const locales = import.meta.glob<Record<string, object>>([
  './locales/fr.ts',
  '../features/*/locales/*.ts',
  '../features/*/*/locales/*.ts',
])
const loaders = new Map<string, () => Promise<Record<string, object>>>()
const namespaces = new Set<string>(['translation'])
for (const [path, load] of Object.entries(locales)) {
  const match = /(?:features\/([\w/-]+)\/)?locales\/(\w+)\.ts$/.exec(path)
  if (!match) continue
  loaders.set(`${match[2]}/${match[1] ?? 'translation'}`, load)
  namespaces.add(match[1] ?? 'translation')
}

const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, done) => {
    const load = loaders.get(`${language}/${namespace}`)
    if (!load) return done(new Error(`No strings for ${language}/${namespace}`), false)
    load().then(
      (module) => done(null, module[language] ?? {}),
      (error: unknown) => done(error instanceof Error ? error : String(error), false),
    )
  },
}

/** The namespaces the first screen (the endpoint list) speaks, read along with the entry rather than after. */
const firstScreen: (keyof CustomTypeOptions['resources'])[] = [
  'translation',
  'endpoints',
  'deliveries',
  'session',
]

void i18next
  .use(lazyLocales)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    ns: firstScreen,
    lng: detectLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
  })

export const i18n = i18next

/** Every namespace there is, so unit tests can read them all up front instead of each screen suspending. */
export const allNamespaces = [...namespaces]
