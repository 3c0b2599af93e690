import { useTranslation } from 'react-i18next'
import { isKnownResource, parseTopic, type TopicChange } from './topics'

const changes: readonly string[] = ['created', 'updated', 'deleted'] satisfies TopicChange[]
const isChange = (change: string): change is TopicChange => changes.includes(change)

/** Human words for topics: "Employee", "An employee was created." Unknown topics fall back to their code. */
export function useTopicLabels() {
  const { t } = useTranslation('endpoints')
  return {
    other: () => t('topics.other'),
    resource: (resource: string) =>
      isKnownResource(resource) ? t(`topics.resources.${resource}`) : resource,
    describe: (topic: string) => {
      const { resource, change } = parseTopic(topic)
      if (!isKnownResource(resource) || !isChange(change)) return t('topics.unknown')
      return t(`topics.changes.${change}`, { resource: t(`topics.resources.${resource}`) })
    },
  }
}
