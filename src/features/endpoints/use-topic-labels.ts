import { useTranslation } from 'react-i18next'
import { isKnownResource, parseTopic, topicGroups, topicsOf, type TopicChange } from './topics'

const changes: readonly string[] = ['created', 'updated', 'deleted'] satisfies TopicChange[]
const isChange = (change: string): change is TopicChange => changes.includes(change)

/** Human words for topics: "Employee", "An employee was created." Unknown topics fall back to their code. */
export function useTopicLabels() {
  const { t } = useTranslation('endpoints')
  const describe = (topic: string) => {
    const { resource, change } = parseTopic(topic)
    if (!isKnownResource(resource) || !isChange(change)) return null
    return t(`topics.changes.${change}`, { resource: t(`topics.resources.${resource}`) })
  }
  return {
    other: () => t('topics.other'),
    resource: (resource: string) =>
      isKnownResource(resource) ? t(`topics.resources.${resource}`) : resource,
    describe: (topic: string) => describe(topic) ?? t('topics.unknown'),
    /** "Employee: created"; a topic this console does not know, as Lucca names it. */
    name: (topic: string) => describe(topic) ?? topic,
  }
}

/** The topics to filter a list by, grouped by resource as the picker shows them, and their words. */
export function useTopicOptions() {
  const labels = useTopicLabels()
  return {
    topics: topicGroups.map((group) => ({
      group: labels.resource(group.resource),
      items: topicsOf(group).map((topic) => ({ value: topic, label: topic })),
    })),
    topicLabel: labels.name,
  }
}
