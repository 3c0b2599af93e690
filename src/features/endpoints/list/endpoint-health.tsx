import { Group, Progress, Stack, Text, type MantineColor } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DeferredTooltip } from '../../../components/deferred/deferred-tooltip'
import type { EndpointHealth, HealthState } from './endpoint-list-client'
import { relativeTimeFormat } from '../../../lib/format'

export const healthColors: Record<HealthState, MantineColor> = {
  failing: 'red',
  degraded: 'orange',
  healthy: 'teal',
  quiet: 'gray',
}

/** An endpoint's last 7 days, from the history: the state in colour and in words, the rate, the last failure. */
export function EndpointHealthCell({ health }: { health: EndpointHealth }) {
  const { t, i18n } = useTranslation('endpoints')
  if (health.state === 'quiet') {
    return (
      <Text size="sm" c="dimmed">
        {t('health.none')}
      </Text>
    )
  }
  const color = healthColors[health.state]
  const percent = health.successRate === null ? null : Math.round(health.successRate * 100)
  const total = health.delivered + health.failed + health.retrying
  const when = (iso: string | null) => iso && relativeTime(iso, i18n.language)
  const failed = when(health.lastFailureAt)
  const delivered = when(health.lastDeliveryAt)
  const code = health.lastFailureCode
  return (
    <DeferredTooltip
      label={t('health.explain', { delivered: health.delivered, total, retrying: health.retrying })}
      multiline
      w={260}
    >
      <Stack gap={4} miw={120} tabIndex={0}>
        <Group gap={6} wrap="nowrap">
          <Progress value={percent ?? 0} color={color} w={32} size="sm" aria-hidden />
          <Text size="sm" fw={600} c={`var(--mantine-color-${color}-light-color)`} span>
            {t(`health.states.${health.state}`)}
          </Text>
          {percent !== null && (
            <Text size="sm" span style={{ whiteSpace: 'nowrap' }}>
              {t('health.rate', { percent })}
            </Text>
          )}
        </Group>
        {failed && (
          <Text size="xs" c="dimmed">
            {t('health.lastFailure', { when: failed })}
            {code === null ? ` · ${t('health.noAnswer')}` : ` · HTTP ${code}`}
          </Text>
        )}
        {delivered && health.state !== 'failing' && (
          <Text size="xs" c="dimmed">
            {t('health.lastDelivery', { when: delivered })}
          </Text>
        )}
      </Stack>
    </DeferredTooltip>
  )
}

/** "2 hours ago", "yesterday": how long ago, in the admin's language. */
function relativeTime(iso: string, language: string, now = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000
  const format = relativeTimeFormat(language, { numeric: 'auto' })
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
