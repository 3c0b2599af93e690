import { Anchor, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { WebhookEndpoint } from '../../lib/lucca-client'
import { EndpointRowMenu } from './endpoint-row-menu'
import { EndpointStatusBadge } from './endpoint-status-badge'
import { EndpointUrl } from './endpoint-url'
import { TopicsCell } from './topics-cell'

export interface EndpointsTableProps {
  endpoints: WebhookEndpoint[]
  canEdit: boolean
  isProduction: boolean
  /** Slots filled by the page with other features' parts (health from deliveries, the test action). */
  renderHealth: (endpoint: WebhookEndpoint) => ReactNode
  renderTestAction: (endpoint: WebhookEndpoint) => ReactNode
}

export function EndpointsTable({
  endpoints,
  canEdit,
  isProduction,
  renderHealth,
  renderTestAction,
}: EndpointsTableProps) {
  const { t, i18n } = useTranslation()
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.columns.url')}</Table.Th>
            <Table.Th>{t('list.columns.topics')}</Table.Th>
            <Table.Th>{t('list.columns.status')}</Table.Th>
            <Table.Th>{t('list.columns.health')}</Table.Th>
            <Table.Th>{t('list.columns.created')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('list.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {endpoints.map((endpoint) => (
            <Table.Tr key={endpoint.id}>
              <Table.Td maw={360}>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/endpoints/${endpoint.id}`} underline="hover" c="inherit">
                    <EndpointUrl webhookUrl={endpoint.webhookUrl} />
                  </Anchor>
                  {endpoint.name && (
                    <Text size="xs" c="dimmed">
                      {endpoint.name}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <TopicsCell topics={endpoint.topics} />
              </Table.Td>
              <Table.Td>
                <EndpointStatusBadge status={endpoint.status} />
              </Table.Td>
              <Table.Td>{renderHealth(endpoint)}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {endpoint.createdAt ? date.format(new Date(endpoint.createdAt)) : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {renderTestAction(endpoint)}
                  <EndpointRowMenu endpoint={endpoint} canEdit={canEdit} isProduction={isProduction} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
