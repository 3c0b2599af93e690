import i18next, { type BackendModule } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { detectLanguage } from '../lib/language'
import { en } from './locales/en'

i18next.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language
})

// English is bundled (it is also the fallback); French loads when it becomes the language, and
// `changeLanguage` waits for it. Feature namespaces register both languages themselves (see their i18n.ts).
const frenchOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, done) => {
    if (language !== 'fr' || namespace !== 'translation') return done(null, {})
    import('./locales/fr').then(
      ({ fr }) => done(null, fr),
      (error: unknown) => done(error instanceof Error ? error : String(error), false),
    )
  },
}

void i18next
  .use(frenchOnDemand)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: detectLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
  })

export const i18n = i18next
