import { Alert, Loader, Text } from '@mantine/core'
import { useDocumentVisibility } from '@mantine/hooks'
import { IconCircleCheck, IconClockPause, IconRefresh, IconX } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../lib/api-error'
import type { WebhookDelivery, WebhookDeliveryAttempt } from '../../../lib/lucca-client'
import { displayStatusOf } from '../delivery-status-badge'
import { isFinal } from './follow-schedule'
import { useNow } from '../../../components/use-now'
import { useFormatters } from '../format'

interface Props {
  delivery: WebhookDelivery
  attempts: WebhookDeliveryAttempt[]
  error: unknown
}

/** The one sentence that answers "where is my delivery now?", announced to screen readers as it changes. */
export function LiveStatus({ delivery, attempts, error }: Props) {
  const { t } = useTranslation('deliveries/follow')
  const format = useFormatters()
  const now = useNow()
  const visibility = useDocumentVisibility()
  const count = Math.max(delivery.attemptsCount, attempts.length)
  const status = displayStatusOf(delivery)
  const next = delivery.nextAttemptAt

  let color = 'blue'
  let icon: ReactNode = <Loader size="sm" aria-hidden />
  let message: string
  if (status === 'delivered') {
    color = 'teal'
    icon = <IconCircleCheck aria-hidden />
    message = t('live.delivered', { count })
  } else if (status === 'failed') {
    color = 'red'
    icon = <IconX aria-hidden />
    message = t('live.failed', { count })
  } else if (status === 'held') {
    color = 'gray'
    icon = <IconClockPause aria-hidden />
    message = t('live.held')
  } else if (status === 'queued' || count === 0) {
    message = t('live.queued')
  } else if (next && Date.parse(next) > now) {
    color = 'orange'
    icon = <IconRefresh aria-hidden />
    message = t('live.retrying', { count, time: format.time(next), relative: format.fromNow(next, now) })
  } else {
    message = t('live.attemptUnderWay', { count: count + 1 })
  }

  return (
    <Alert color={color} variant="light" icon={icon} title={t('live.title')}>
      <Text size="sm" fw={600} role="status" aria-live="polite">
        {message}
      </Text>
      {!isFinal(delivery) && (
        <Text size="xs" mt={4}>
          {isApiError(error, 429)
            ? t('live.rateLimited', { seconds: error.retryAfter ?? 60 })
            : visibility === 'hidden'
              ? t('live.paused')
              : t('live.following')}
        </Text>
      )}
    </Alert>
  )
}
