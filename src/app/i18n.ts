import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { detectLanguage } from '../lib/language'
import { en } from './locales/en'
import { fr } from './locales/fr'

i18next.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language
})

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr } },
  lng: detectLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
})

export const i18n = i18next
