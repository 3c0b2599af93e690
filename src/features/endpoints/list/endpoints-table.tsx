import { Group, Text, VisuallyHidden } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { WebhookEndpoint } from '../../../lib/lucca-client'
import { EndpointRowMenu } from './endpoint-row-menu'
import { EndpointStatusBadge } from '../endpoint-status-badge'
import { EndpointLink } from '../endpoint-url'
import classes from './endpoints-table.module.css'
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
  const { t, i18n } = useTranslation('endpoints')
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
  return (
    <div className={classes.scroll}>
      <table className={classes.table}>
        <thead>
          <tr>
            <th>{t('list.columns.url')}</th>
            <th>{t('list.columns.topics')}</th>
            <th>{t('list.columns.status')}</th>
            <th>{t('list.columns.health')}</th>
            <th>{t('list.columns.created')}</th>
            <th className={classes.actionsCell}>
              <VisuallyHidden>{t('list.columns.actions')}</VisuallyHidden>
            </th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id}>
              <td className={classes.urlCell}>
                <EndpointLink endpoint={endpoint} />
              </td>
              <td className={classes.topicsCell}>
                <TopicsCell topics={endpoint.topics} />
              </td>
              <td className={classes.statusCell}>
                <EndpointStatusBadge status={endpoint.status} />
              </td>
              <td className={classes.healthCell}>{renderHealth(endpoint)}</td>
              <td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {endpoint.createdAt ? date.format(new Date(endpoint.createdAt)) : '—'}
                </Text>
              </td>
              <td className={classes.actionsCell}>
                <Group gap="xs" justify="flex-end" wrap="nowrap" align="flex-start">
                  {renderTestAction(endpoint)}
                  <EndpointRowMenu endpoint={endpoint} canEdit={canEdit} isProduction={isProduction} />
                </Group>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
