import { Button, Paper, Text, ThemeIcon, Timeline, Title } from '@mantine/core'
import { IconCheck, IconClock, IconPlayerPause, IconSend, IconX } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { WebhookDelivery, WebhookDeliveryAttempt } from '../../../lib/lucca-client'
import { displayStatusOf } from '../delivery-status-badge'
import { useFormatters } from '../format'
import { AttemptItem } from './attempt-item'
import { attemptRuns, type AttemptRun } from './attempt-runs'

const bulletSize = 24

/** From "queued" through every attempt to where the delivery stands now; identical failures are grouped. */
export function AttemptsTimeline({
  delivery,
  attempts,
  attemptsKnown,
}: {
  delivery: WebhookDelivery
  attempts: WebhookDeliveryAttempt[]
  attemptsKnown: boolean
}) {
  const { t } = useTranslation('deliveries/follow')
  const format = useFormatters()
  const [expanded, setExpanded] = useState(false)
  const status = displayStatusOf(delivery)
  const next = delivery.nextAttemptAt
  const runs = attemptRuns(attempts)
  const grouped = runs.some((run) => run.attempts.length > 1)
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="md">
        {t('attempts.title')}
      </Title>
      <Timeline bulletSize={bulletSize} lineWidth={2} active={attempts.length}>
        <Timeline.Item bullet={<IconSend size={14} aria-hidden />} title={t('timeline.queued')}>
          {status === 'queued' && <Text size="xs">{t('timeline.queuedHint')}</Text>}
        </Timeline.Item>
        {runs.flatMap((run) =>
          expanded || run.attempts.length === 1
            ? run.attempts.map((attempt, index) => (
                <Timeline.Item key={attempt.id} bullet={<OutcomeBullet attempt={attempt} />}>
                  <AttemptItem attempt={attempt} number={run.first + index} />
                </Timeline.Item>
              ))
            : [<RunItem key={run.attempts[0]?.id} run={run} />],
        )}
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
      {attemptsKnown && attempts.length === 0 && (
        <Text size="sm" mt="sm">
          {t('attempts.none')}
        </Text>
      )}
      {grouped && (
        <Button variant="subtle" size="xs" mt="sm" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('attempts.hideEach') : t('attempts.showEach')}
        </Button>
      )}
    </Paper>
  )
}

function OutcomeBullet({ attempt }: { attempt: WebhookDeliveryAttempt }): ReactNode {
  return (
    <ThemeIcon size={bulletSize} radius="xl" color={attempt.isSuccessful ? 'teal.9' : 'red.9'}>
      {attempt.isSuccessful ? <IconCheck size={14} aria-hidden /> : <IconX size={14} aria-hidden />}
    </ThemeIcon>
  )
}

/** A run of identical failures: the answer once, the span of time, and the last attempt's details. */
function RunItem({ run }: { run: AttemptRun }) {
  const { t } = useTranslation('deliveries/follow')
  const format = useFormatters()
  const first = run.attempts[0]
  const last = run.attempts.at(-1)
  if (!first || !last) return null
  const code = first.responseStatusCode
  const title =
    typeof code === 'number'
      ? t('attempts.range', { first: run.first, last: run.last, code })
      : t('attempts.rangeNoResponse', { first: run.first, last: run.last })
  return (
    <Timeline.Item bullet={<OutcomeBullet attempt={first} />} title={title}>
      <Text size="xs" mb={6}>
        {t('attempts.rangeHint', {
          from: format.dateTime(first.createdAt),
          to: format.dateTime(last.createdAt),
        })}
      </Text>
      <AttemptItem attempt={last} number={run.last} compact />
    </Timeline.Item>
  )
}
