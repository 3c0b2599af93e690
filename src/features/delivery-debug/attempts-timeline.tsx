import { Paper, Text, ThemeIcon, Timeline, Title } from '@mantine/core'
import { IconCheck, IconClock, IconPlayerPause, IconSend, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { WebhookDelivery } from '../../lib/lucca-client'
import { AttemptItem } from './attempt-item'
import type { DeliveryAttempt } from './diagnosis'
import { displayStatusOf } from './delivery-status-badge'
import { useFormatters } from './format'
import { ns } from './i18n'

const bulletSize = 24

/** From "queued" through every attempt to where the delivery stands now. */
export function AttemptsTimeline({
  delivery,
  attempts,
}: {
  delivery: WebhookDelivery
  attempts: DeliveryAttempt[]
}) {
  const { t } = useTranslation(ns)
  const format = useFormatters()
  const status = displayStatusOf(delivery)
  const next = delivery.nextAttemptAt
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="md">
        {t('attempts.title')}
      </Title>
      <Timeline bulletSize={bulletSize} lineWidth={2} active={attempts.length}>
        <Timeline.Item bullet={<IconSend size={14} aria-hidden />} title={t('timeline.queued')}>
          <Text size="xs">{t('timeline.queuedHint')}</Text>
        </Timeline.Item>
        {attempts.map((attempt, index) => (
          <Timeline.Item
            key={attempt.id}
            bullet={
              <ThemeIcon size={bulletSize} radius="xl" color={attempt.isSuccessful ? 'teal.9' : 'red.9'}>
                {attempt.isSuccessful ? <IconCheck size={14} aria-hidden /> : <IconX size={14} aria-hidden />}
              </ThemeIcon>
            }
          >
            <AttemptItem attempt={attempt} index={index} />
          </Timeline.Item>
        ))}
        {status === 'pending' && next && (
          <Timeline.Item bullet={<IconClock size={14} aria-hidden />} title={t('timeline.nextAttempt')}>
            <Text size="xs">
              <time dateTime={next}>{format.dateTime(next)}</time>
            </Text>
          </Timeline.Item>
        )}
        {status === 'held' && (
          <Timeline.Item bullet={<IconPlayerPause size={14} aria-hidden />} title={t('timeline.held')} />
        )}
        {status === 'failed' && (
          <Timeline.Item bullet={<IconX size={14} aria-hidden />} title={t('timeline.failed')} />
        )}
      </Timeline>
      {attempts.length === 0 && (
        <Text size="sm" mt="sm">
          {t('attempts.none')}
        </Text>
      )}
    </Paper>
  )
}
