import { Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { WebhookDelivery } from '../../lib/lucca-client'
import { deliveryQueries } from './deliveries-api'

/** After a failed attempt, what the receiver answered, in words: the first clue to fix it. */
export function AttemptOutcome({ delivery }: { delivery: WebhookDelivery }) {
  const { t } = useTranslation()
  const failedAttempt = delivery.status !== 'delivered' && delivery.attemptsCount > 0
  const attempts = useQuery({
    ...deliveryQueries.attempts(delivery.id),
    enabled: failedAttempt,
    // New attempts only happen when attemptsCount changes; this keeps the request count bounded.
    staleTime: Infinity,
  })
  if (!failedAttempt || !attempts.data) return null
  const latest = attempts.data.toSorted((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1)
  if (!latest || latest.isSuccessful) return null
  const code = latest.responseStatusCode
  return (
    <Text size="xs" c="dimmed" maw={260}>
      {code === null || code === undefined
        ? t('delivery.noAnswer', { detail: latest.errorResponseBody ?? '' })
        : t('delivery.answered', { status: code })}
    </Text>
  )
}
