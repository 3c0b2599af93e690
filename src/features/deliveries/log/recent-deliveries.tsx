import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LoadingPlaceholder } from '../../../components/loading-placeholder'
import { QueryError } from '../../../components/query-error'
import { useFallbackRefresh } from '../../../lib/live-updates'
import { deliveryLogQueries } from './delivery-log-api'
import { DeliveryLogRows, type DeliveryLogRowsProps } from './delivery-log-table'

interface RecentDeliveriesProps {
  endpointId: string
  /** The endpoint's own log, where "See all" leads. */
  allHref: string
  topicLabel: DeliveryLogRowsProps['topicLabel']
}

/** An endpoint's latest few deliveries, from the history, with the way to all of them. */
export function RecentDeliveries({ endpointId, allHref, topicLabel }: RecentDeliveriesProps) {
  const { t } = useTranslation('deliveries/log')
  const recent = useQuery({
    ...deliveryLogQueries.page({ endpoint: endpointId }, null, 5),
    refetchInterval: useFallbackRefresh(),
  })
  const rows = recent.data?.items ?? []
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="recent-deliveries">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="recent-deliveries">
            {t('recent.title')}
          </Title>
          <Anchor component={Link} to={allHref} size="sm">
            {t('recent.seeAll')}
          </Anchor>
        </Group>
        {recent.isPending && <LoadingPlaceholder heights={[36, 36, 36]} />}
        {recent.isError && <QueryError error={recent.error} onRetry={() => void recent.refetch()} />}
        {recent.isSuccess && rows.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('recent.empty')}
          </Text>
        )}
        {rows.length > 0 && (
          <DeliveryLogRows
            rows={rows}
            showEndpoint={false}
            topicLabel={topicLabel}
            endpointHref={() => null}
            caption={t('recent.caption')}
          />
        )}
      </Stack>
    </Paper>
  )
}
