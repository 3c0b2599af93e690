import i18next from 'i18next'
import { en } from './locales/en'
import { fr } from './locales/fr'

/** The namespace of this feature: `useTranslation(ns)`. */
export const ns = 'deliveryDebug'

// The shell owns i18next.init; registering after it (or when it happens) keeps our strings out of its files
// and survives init replacing the resource store.
function register() {
  i18next.addResourceBundle('en', ns, en, true, true)
  i18next.addResourceBundle('fr', ns, fr, true, true)
}
if (i18next.isInitialized) register()
else i18next.on('initialized', register)
