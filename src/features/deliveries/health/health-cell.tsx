import { Group, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DeferredTooltip } from '../../../components/deferred/deferred-tooltip'
import type { EndpointHealth } from './health'

function colorOf(rate: number) {
  if (rate >= 0.95) return 'teal'
  if (rate >= 0.7) return 'orange'
  return 'red'
}

/** `health` is null while the recent deliveries load, or when they could not be (`unavailable`). */
export function HealthCell({
  health,
  unavailable = false,
}: {
  health: EndpointHealth | null
  unavailable?: boolean
}) {
  const { t, i18n } = useTranslation('deliveries')
  if (!health)
    return (
      <Text size="sm" c="dimmed">
        {unavailable ? t('health.unavailable') : '…'}
      </Text>
    )
  if (health.successRate === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('health.none')}
      </Text>
    )
  }
  const percent = Math.round(health.successRate * 100)
  const relative = health.lastFailureAt ? formatRelative(health.lastFailureAt, i18n.language) : null
  return (
    <DeferredTooltip
      label={t('health.explain', { delivered: health.delivered, total: health.considered })}
      multiline
      w={260}
    >
      <Stack gap={4} miw={120} tabIndex={0}>
        <Group gap={6} wrap="nowrap">
          <Progress
            value={percent}
            color={colorOf(health.successRate)}
            w={56}
            size="sm"
            aria-label={t('health.rateLabel', { percent })}
          />
          <Text size="sm" fw={600}>
            {t('health.rate', { percent })}
          </Text>
        </Group>
        {health.hasFailure && (
          <Text size="xs" c="dimmed">
            {relative ? t('health.lastFailure', { when: relative }) : t('health.recentFailures')}
          </Text>
        )}
      </Stack>
    </DeferredTooltip>
  )
}

function formatRelative(iso: string, language: string) {
  const seconds = (Date.parse(iso) - Date.now()) / 1000
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' })
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3600],
    ['minute', 60],
  ]
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit)
  }
  return format.format(Math.round(seconds), 'second')
}
