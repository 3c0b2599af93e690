import { Anchor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { PageHeader } from '../../components/page-header'
import { useTopicLabels } from '../../features/endpoints/use-topic-labels'
import { TopicScreen } from '../../features/topics/topic-screen'
import { TopicsScreen } from '../../features/topics/topics-screen'

// Both catalog pages in one lazy chunk: whoever opens one is likely to open the other. Their words beyond
// the nav's come with the catalog (docs/decisions/0016-topic-catalog-data.md).

/** `/topics`: the catalog of every topic Lucca sends. */
export function TopicsPage() {
  const { t } = useTranslation()
  const labels = useTopicLabels()
  return (
    <>
      <PageHeader title={t('nav.topics')} />
      <TopicsScreen resourceLabel={labels.resource} />
    </>
  )
}

/** `/topics/:topic`: one topic of the catalog. */
export function TopicPage() {
  const { topic = '' } = useParams()
  const { t } = useTranslation()
  const labels = useTopicLabels()
  return (
    <>
      <PageHeader
        title={labels.name(topic)}
        description={
          <Anchor component={Link} to="/topics">
            {t('nav.topics')}
          </Anchor>
        }
      />
      <TopicScreen topic={topic} topicLabel={labels.name} />
    </>
  )
}
