import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { addressOf } from '../../lib/lucca-client'
import { AlertDispatches } from './alert-dispatches'
import type { Alert } from './alerts-client'
import { useAlertFormat } from './use-alert-format'

/** The admin's calendar day of an instant, as the delivery log's day filters take it. */
function localDay(iso: string): string {
  const date = new Date(iso)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The delivery log filtered to this outage: the endpoint (by id, as the log filters), not delivered, its days. */
function deliveriesHref(alert: Alert): string {
  const search = new URLSearchParams({ endpoint: alert.endpointId, status: 'undelivered,failed' })
  search.set('from', localDay(alert.openedAt))
  if (alert.closedAt) search.set('to', localDay(alert.closedAt))
  return `/deliveries?${search.toString()}`
}

interface AlertCardProps {
  alert: Alert
  canRetry: boolean
  now: number
}

/** One outage in plain words: what broke, on which integration, since when, how many deliveries failed. */
export function AlertCard({ alert, canRetry, now }: AlertCardProps) {
  const { t } = useTranslation('alerts')
  const format = useAlertFormat()
  const open = alert.closedAt === null
  const titleId = `alert-${alert.id}`
  // The endpoint's page is at its Lucca `url`'s last segment, never at a path built from its id.
  const href = `/endpoints/${encodeURIComponent(addressOf({ id: alert.endpointId, url: alert.endpointUrl }))}`
  return (
    <Card withBorder padding="md" component="li" style={{ listStyle: 'none' }} aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" id={titleId} style={{ flex: 1, minWidth: 200 }}>
            {t('alert.title', {
              condition: t(`conditions.${alert.condition}`),
              endpoint: alert.endpointName?.trim() || t('alert.unnamed'),
            })}
          </Title>
          <Badge color={open ? 'red' : 'teal'} variant="light">
            {open ? t('alert.open') : t('alert.closed')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('alert.endpoint')}{' '}
          <Anchor component={Link} to={href} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {alert.endpointName?.trim() || alert.endpointId}
          </Anchor>
        </Text>
        {open && (
          <Text size="sm" c="dimmed">
            {t(`explain.${alert.condition}`)}
          </Text>
        )}
        <Text size="sm">
          {alert.closedAt === null
            ? t('alert.since', {
                when: format.dateTime(alert.openedAt),
                duration: format.duration(alert.openedAt, now),
              })
            : t('alert.lasted', {
                from: format.dateTime(alert.openedAt),
                to: format.dateTime(alert.closedAt),
                duration: format.duration(alert.openedAt, Date.parse(alert.closedAt)),
              })}
        </Text>
        <Text size="sm">
          {t('alert.failed', { count: alert.failedDeliveries })}
          {alert.lastFailureAt &&
            `, ${
              alert.lastFailureCode === null
                ? t('alert.lastFailureNoAnswer', { when: format.dateTime(alert.lastFailureAt) })
                : t('alert.lastFailure', {
                    code: alert.lastFailureCode,
                    when: format.dateTime(alert.lastFailureAt),
                  })
            }`}
        </Text>
        {alert.failedDeliveries > 0 && (
          <Anchor component={Link} to={deliveriesHref(alert)} size="sm" w="fit-content">
            {t('alert.seeDeliveries')}
          </Anchor>
        )}
        <Text size="xs" c="dimmed">
          {t('alert.rule', { name: alert.ruleName })}
        </Text>
        <Title order={4} size="h6" mt={4}>
          {t('alert.messages')}
        </Title>
        <AlertDispatches dispatches={alert.dispatches} canRetry={canRetry} now={now} />
      </Stack>
    </Card>
  )
}
