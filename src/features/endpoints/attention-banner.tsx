import { Alert, Anchor, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { IconAlertTriangle } from '@tabler/icons-react'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { addressOf } from '../../lib/lucca-client'
import { endpointQueries } from './endpoints-api'
import type { EndpointListQuery, EndpointSummary } from './list/endpoint-list-client'

/** The failing endpoints, worst first: the same query as the list's "Failing" filter, a few names of it. */
const FAILING: EndpointListQuery = { health: ['failing'], sort: 'health', page: 1, pageSize: 3 }

/**
 * "2 integrations are failing: HR data warehouse, Legacy intranet", above every page, each name a link to
 * its endpoint. It reads the console's history (no Lucca call) and is kept fresh by the history's stream,
 * like the lists. Nothing shows while it loads, fails or when nothing is failing: the pages say the rest.
 */
export function AttentionBanner() {
  const { t } = useTranslation('endpoints')
  const failing = useQuery(endpointQueries.list(FAILING))
  if (!failing.data || failing.data.total === 0) return null
  const { items, total } = failing.data
  const title = t('banner.title', { count: total })
  return (
    <Alert
      color="red"
      variant="light"
      role="region"
      aria-label={title}
      icon={<IconAlertTriangle size={18} aria-hidden />}
      mb="md"
      py="xs"
    >
      <Text size="sm" fw={600} span>
        {title}
        {': '}
      </Text>
      {items.map((endpoint, index) => (
        <Fragment key={endpoint.id}>
          {index > 0 && ', '}
          <Anchor
            component={Link}
            to={`/endpoints/${encodeURIComponent(addressOf(endpoint))}`}
            size="sm"
            c="inherit"
            underline="always"
          >
            {nameOf(endpoint)}
          </Anchor>
        </Fragment>
      ))}
      {total > items.length && (
        <Text size="sm" span>
          {' '}
          {t('banner.more', { count: total - items.length })}
          {' · '}
          <Anchor component={Link} to="/endpoints?health=failing" size="sm" c="inherit" underline="always">
            {t('banner.seeAll')}
          </Anchor>
        </Text>
      )}
    </Alert>
  )
}

function nameOf(endpoint: EndpointSummary): string {
  if (endpoint.name?.trim()) return endpoint.name.trim()
  try {
    return new URL(endpoint.webhookUrl).host
  } catch {
    return endpoint.webhookUrl
  }
}
