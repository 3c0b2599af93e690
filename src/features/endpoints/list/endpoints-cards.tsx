import { Card, Group, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { EndpointRowMenu } from './endpoint-row-menu'
import { EndpointStatusBadge } from '../endpoint-status-badge'
import { EndpointHealthCell } from './endpoint-health'
import { EndpointIdentity, type EndpointsTableProps } from './endpoints-table'
import { TopicsCell } from './topics-cell'

/** The list on a phone: one card per endpoint instead of a table that would scroll sideways. */
export function EndpointsCards({ endpoints, canEdit, isProduction, renderTestAction }: EndpointsTableProps) {
  const { t } = useTranslation('endpoints')
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.title')}>
      {endpoints.map((endpoint) => (
        <Card withBorder component="li" key={endpoint.id} padding="md">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <EndpointIdentity endpoint={endpoint} />
              <EndpointRowMenu endpoint={endpoint} canEdit={canEdit} isProduction={isProduction} />
            </Group>
            <Group gap="sm" align="flex-start">
              <EndpointStatusBadge status={endpoint.status} />
              <EndpointHealthCell health={endpoint.health} />
            </Group>
            <TopicsCell topics={endpoint.topics} />
            {renderTestAction(endpoint)}
          </Stack>
        </Card>
      ))}
    </Stack>
  )
}
