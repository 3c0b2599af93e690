import { Badge, Group, Loader, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { WebhookDelivery } from '../../lib/lucca-client'

/** What a test delivery is doing, in words: sending, delivered, retrying at…, held, failed. */
export function DeliveryStatus({ delivery }: { delivery: WebhookDelivery }) {
  const { t, i18n } = useTranslation()
  if (delivery.status === 'delivered') {
    return (
      <Badge color="teal" variant="light">
        {t('delivery.delivered')}
      </Badge>
    )
  }
  if (delivery.status === 'failed') {
    return (
      <Badge color="red" variant="light">
        {t('delivery.failed')}
      </Badge>
    )
  }
  if (delivery.attemptsCount === 0) {
    return (
      <Group gap={6} wrap="nowrap">
        <Loader size={12} aria-hidden />
        <Text size="sm">{t('delivery.sending')}</Text>
      </Group>
    )
  }
  if (!delivery.nextAttemptAt) {
    return (
      <Badge color="orange" variant="light">
        {t('delivery.held')}
      </Badge>
    )
  }
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(
    new Date(delivery.nextAttemptAt),
  )
  return (
    <Badge color="orange" variant="light">
      {t('delivery.retrying', { time, count: delivery.attemptsCount })}
    </Badge>
  )
}
