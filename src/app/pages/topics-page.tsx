import { Anchor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { PageHeader } from '../../components/page-header'
import { useTopicLabels } from '../../features/endpoints/use-topic-labels'
import { TopicScreen } from '../../features/topics/topic-screen'
import { TopicsScreen } from '../../features/topics/topics-screen'

// Both catalog pages in one lazy chunk: whoever opens one is likely to open the other.

/** `/topics`: the catalog of every topic Lucca sends. */
export function TopicsPage() {
  const { t } = useTranslation('topics')
  const labels = useTopicLabels()
  return (
    <>
      <PageHeader title={t('list.title')} description={t('list.description')} />
      <TopicsScreen resourceLabel={labels.resource} />
    </>
  )
}

/** `/topics/:topic`: one topic of the catalog. */
export function TopicPage() {
  const { topic = '' } = useParams()
  const { t } = useTranslation('topics')
  const labels = useTopicLabels()
  return (
    <>
      <PageHeader
        title={labels.name(topic)}
        description={
          <Anchor component={Link} to="/topics">
            {t('topic.all')}
          </Anchor>
        }
      />
      <TopicScreen topic={topic} topicLabel={labels.name} />
    </>
  )
}
