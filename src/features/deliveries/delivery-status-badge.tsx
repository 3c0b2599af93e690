import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { WebhookDelivery } from '../../lib/lucca-client'

type DisplayStatus = 'delivered' | 'queued' | 'pending' | 'held' | 'failed'

/**
 * `undelivered` covers "not tried yet", "another attempt is planned" and "held by an endpoint that is not
 * active". Lucca's contract does not say when `nextAttemptAt` is empty, so a delivery never tried is just
 * queued, whatever that field says; one tried already with no next attempt stated is held.
 */
export function displayStatusOf(
  delivery: Pick<WebhookDelivery, 'status' | 'nextAttemptAt' | 'attemptsCount'>,
): DisplayStatus {
  if (delivery.status !== 'undelivered') return delivery.status
  if (delivery.attemptsCount === 0) return 'queued'
  return delivery.nextAttemptAt ? 'pending' : 'held'
}

// Dark shades with automatic text contrast keep the badges readable (axe) in both colour schemes.
const colors: Record<DisplayStatus, string> = {
  delivered: 'teal.9',
  queued: 'blue.8',
  pending: 'yellow.4',
  held: 'gray.7',
  failed: 'red.9',
}

/** The one badge of a delivery's status, on every screen that shows one. */
export function DeliveryStatusBadge({
  delivery,
  size = 'md',
}: {
  delivery: Pick<WebhookDelivery, 'status' | 'nextAttemptAt' | 'attemptsCount'>
  size?: 'sm' | 'md'
}) {
  const { t } = useTranslation('deliveries')
  const status = displayStatusOf(delivery)
  return (
    <Badge color={colors[status]} variant="filled" autoContrast size={size}>
      {t(`status.${status}`)}
    </Badge>
  )
}
