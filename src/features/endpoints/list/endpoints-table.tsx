import { Group, Stack, Text, VisuallyHidden } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EndpointRowMenu } from './endpoint-row-menu'
import { EndpointStatusBadge } from '../endpoint-status-badge'
import { EndpointLink } from '../endpoint-url'
import { EndpointHealthCell } from './endpoint-health'
import type { EndpointSummary } from './endpoint-list-client'
import classes from './endpoints-table.module.css'
import { OriginMark } from './origin-mark'
import { TopicsCell } from './topics-cell'
import { dateTimeFormat } from '../../../lib/format'

export interface EndpointsTableProps {
  endpoints: EndpointSummary[]
  canEdit: boolean
  isProduction: boolean
  /** A slot filled by the page with another feature's part (the test action). */
  renderTestAction: (endpoint: EndpointSummary) => ReactNode
}

export function EndpointsTable({ endpoints, canEdit, isProduction, renderTestAction }: EndpointsTableProps) {
  const { t, i18n } = useTranslation('endpoints')
  const date = dateTimeFormat(i18n.language, { dateStyle: 'medium' })
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
                <EndpointIdentity endpoint={endpoint} />
              </td>
              <td className={classes.topicsCell}>
                <TopicsCell topics={endpoint.topics} />
              </td>
              <td className={classes.statusCell}>
                <EndpointStatusBadge status={endpoint.status} />
              </td>
              <td className={classes.healthCell}>
                <EndpointHealthCell health={endpoint.health} />
              </td>
              <td className={classes.dateCell}>
                {endpoint.createdAt ? date.format(new Date(endpoint.createdAt)) : '—'}
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

/** The URL (linking to the endpoint's page), its name and owner, and whether the console knows its secret. */
export function EndpointIdentity({ endpoint }: { endpoint: EndpointSummary }) {
  const { t } = useTranslation('endpoints')
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <EndpointLink endpoint={endpoint} />
      {endpoint.ownerName && (
        <Text size="xs" c="dimmed">
          {t('list.owner', { owner: endpoint.ownerName })}
        </Text>
      )}
      {endpoint.origin === 'outside' && <OriginMark />}
    </Stack>
  )
}
