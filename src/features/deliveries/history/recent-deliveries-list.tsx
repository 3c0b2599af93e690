import { Anchor, List, Paper, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useFormatters } from '../format'
import { readRecentDeliveries } from './recent-deliveries'

/** What this browser sent lately, so a test started before leaving the page is one click away. */
export function RecentDeliveriesList({ endpointId }: { endpointId?: string }) {
  const { t } = useTranslation('deliveries/history')
  const format = useFormatters()
  const [recent] = useState(readRecentDeliveries)
  const shown = recent.filter((entry) => !endpointId || entry.endpointId === endpointId).slice(0, 5)
  if (shown.length === 0) return null
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('recent.title')}
      </Title>
      <List size="sm" spacing={4}>
        {shown.map((entry) => (
          <List.Item key={entry.deliveryId}>
            <Anchor
              component={Link}
              to={`/deliveries/${encodeURIComponent(entry.address ?? entry.deliveryId)}`}
            >
              {t(`recent.${entry.kind}`, { time: format.dateTime(entry.sentAt) })}
            </Anchor>{' '}
            <Text span size="xs">
              {entry.deliveryId}
            </Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  )
}
