import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { WebhookDelivery } from '../../lib/lucca-client'
import { ns } from './i18n'

type DisplayStatus = 'delivered' | 'pending' | 'held' | 'failed'

/** `undelivered` covers both "another attempt is planned" and "held by a suspended endpoint". */
export function displayStatusOf(delivery: Pick<WebhookDelivery, 'status' | 'nextAttemptAt'>): DisplayStatus {
  if (delivery.status === 'undelivered') return delivery.nextAttemptAt ? 'pending' : 'held'
  return delivery.status
}

// Dark shades with automatic text contrast keep the badges readable (axe) in both colour schemes.
const colors: Record<DisplayStatus, string> = {
  delivered: 'teal.9',
  pending: 'yellow.4',
  held: 'gray.7',
  failed: 'red.9',
}

export function DeliveryStatusBadge({
  delivery,
}: {
  delivery: Pick<WebhookDelivery, 'status' | 'nextAttemptAt'>
}) {
  const { t } = useTranslation(ns)
  const status = displayStatusOf(delivery)
  return (
    <Badge color={colors[status]} variant="filled" autoContrast>
      {t(`status.${status}`)}
    </Badge>
  )
}
