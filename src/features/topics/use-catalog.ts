import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { topicCatalogQuery } from '../../lib/topic-catalog'

export type CatalogLanguage = 'en' | 'fr'

/** The catalog query, and the language its texts are read in (the screen's). */
export function useCatalog() {
  const { i18n } = useTranslation()
  const query = useQuery(topicCatalogQuery)
  const language: CatalogLanguage = i18n.resolvedLanguage === 'fr' ? 'fr' : 'en'
  return { query, language }
}

export const topicPath = (topic: string) => `/topics/${encodeURIComponent(topic)}`
