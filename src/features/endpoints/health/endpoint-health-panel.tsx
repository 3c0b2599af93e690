import { Alert, Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { addressOf } from '../../../lib/lucca-client'
import { healthColors } from '../list/endpoint-health'
import type { EndpointOverview } from './endpoint-overview-client'
import { dateTimeFormat, relativeTimeFormat } from '../../../lib/format'

interface EndpointHealthPanelProps {
  overview: EndpointOverview
  /** The last failure in words ("Your receiver ran into an error"): the deliveries feature's diagnosis. */
  lastErrorTitle: string | null
  /** The charts, lazily loaded by the page. */
  children?: ReactNode
}

/**
 * What an endpoint's page leads with: how it is doing in colour and in words, since when it fails, and its
 * last error in plain words with its HTTP code and time, a click from the delivery that had it.
 */
export function EndpointHealthPanel({ overview, lastErrorTitle, children }: EndpointHealthPanelProps) {
  const { t, i18n } = useTranslation('endpoints/health')
  const { t: tList } = useTranslation('endpoints')
  const { health } = overview.endpoint
  const color = healthColors[health.state]
  const when = (iso: string) =>
    dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
  const percent = health.successRate === null ? null : Math.round(health.successRate * 100)
  const failure = overview.lastFailure
  const troubled = health.state === 'failing' || health.state === 'degraded'
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="endpoint-health">
      <Stack gap="sm">
        <Title order={2} size="h4" id="endpoint-health">
          {t('title')}
        </Title>
        <Group gap="sm" align="center">
          <Badge color={color} size="lg" variant={troubled ? 'filled' : 'light'}>
            {tList(`health.states.${health.state}`)}
          </Badge>
          <Text fw={600}>{percent === null ? t('quiet') : t('rate', { percent })}</Text>
        </Group>
        {percent !== null && (
          <Text size="sm" c="dimmed">
            {t('counts', { delivered: health.delivered, failed: health.failed, retrying: health.retrying })}
          </Text>
        )}
        {overview.failingSince && (
          <Text fw={600} c="var(--mantine-color-red-light-color)">
            {overview.failingSinceBeforeWindow
              ? t('failingLong', { when: when(overview.failingSince) })
              : t('failingSince', {
                  when: when(overview.failingSince),
                  ago: ago(overview.failingSince, i18n.language),
                })}
          </Text>
        )}
        {failure && troubled && (
          <Alert
            color={health.state === 'failing' ? 'red' : 'orange'}
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={lastErrorTitle ? t('lastError', { what: lastErrorTitle }) : t('lastErrorUnknown')}
          >
            <Group gap="md" wrap="wrap">
              <Text size="sm">
                {t('lastErrorAt', {
                  code:
                    typeof failure.attempt.responseStatusCode === 'number'
                      ? `HTTP ${failure.attempt.responseStatusCode}`
                      : t('noAnswer'),
                  when: when(failure.attempt.createdAt),
                })}
              </Text>
              <Anchor
                component={Link}
                to={`/deliveries/${encodeURIComponent(addressOf({ id: failure.deliveryId, url: failure.deliveryUrl }))}`}
                size="sm"
                c="inherit"
                underline="always"
              >
                {t('seeDelivery')}
              </Anchor>
            </Group>
          </Alert>
        )}
        {!troubled && health.lastDeliveryAt && (
          <Text size="sm" c="dimmed">
            {t('lastDelivered', { when: when(health.lastDeliveryAt) })}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  )
}

/** "3 hours ago", "il y a 2 jours". */
function ago(iso: string, language: string, now = Date.now()): string {
  const minutes = (Date.parse(iso) - now) / 60_000
  const format = relativeTimeFormat(language, { numeric: 'auto' })
  if (Math.abs(minutes) < 90) return format.format(Math.round(minutes), 'minute')
  if (Math.abs(minutes) < 36 * 60) return format.format(Math.round(minutes / 60), 'hour')
  return format.format(Math.round(minutes / 1440), 'day')
}
