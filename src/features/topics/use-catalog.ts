import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { topicCatalogQuery } from '../../lib/topic-catalog'

/** The catalog query, and the language its texts are read in (the screen's). */
export function useCatalog() {
  const { i18n } = useTranslation('topics')
  const query = useQuery(topicCatalogQuery)
  return { query, language: i18n.resolvedLanguage === 'fr' ? ('fr' as const) : ('en' as const) }
}

export const topicPath = (topic: string) => `/topics/${encodeURIComponent(topic)}`
