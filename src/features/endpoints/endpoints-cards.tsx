import { Anchor, Card, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EndpointRowMenu } from './endpoint-row-menu'
import { EndpointStatusBadge } from './endpoint-status-badge'
import { EndpointUrl } from './endpoint-url'
import type { EndpointsTableProps } from './endpoints-table'
import { TopicsCell } from './topics-cell'

/** The list on a phone: one card per endpoint instead of a table that would scroll sideways. */
export function EndpointsCards({
  endpoints,
  canEdit,
  isProduction,
  renderHealth,
  renderTestAction,
}: EndpointsTableProps) {
  const { t } = useTranslation()
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.title')}>
      {endpoints.map((endpoint) => (
        <Card withBorder component="li" key={endpoint.id} padding="md">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/endpoints/${endpoint.id}`} c="inherit" underline="hover">
                  <EndpointUrl webhookUrl={endpoint.webhookUrl} />
                </Anchor>
                {endpoint.name && (
                  <Text size="xs" c="dimmed">
                    {endpoint.name}
                  </Text>
                )}
              </Stack>
              <EndpointRowMenu endpoint={endpoint} canEdit={canEdit} isProduction={isProduction} />
            </Group>
            <Group gap="sm">
              <EndpointStatusBadge status={endpoint.status} />
              {renderHealth(endpoint)}
            </Group>
            <TopicsCell topics={endpoint.topics} />
            {renderTestAction(endpoint)}
          </Stack>
        </Card>
      ))}
    </Stack>
  )
}
