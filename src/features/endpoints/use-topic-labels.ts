import { useTranslation } from 'react-i18next'
import { isKnownResource, parseTopic } from './topics'

/** Human words for topics: "Employee", "An employee was created." Unknown topics fall back to their code. */
export function useTopicLabels() {
  const { t } = useTranslation()
  return {
    resource: (resource: string) =>
      isKnownResource(resource) ? t(`topics.resources.${resource}`) : resource,
    describe: (topic: string) => {
      const { resource, change } = parseTopic(topic)
      if (!isKnownResource(resource) || !['created', 'updated', 'deleted'].includes(change))
        return t('topics.unknown')
      return t(`topics.changes.${change}`, { resource: t(`topics.resources.${resource}`) })
    },
  }
}
