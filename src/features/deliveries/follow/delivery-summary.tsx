import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { addressOf, type LuccaEvent, type WebhookDelivery } from '../../../lib/lucca-client'
import { DeliveryStatusBadge } from '../delivery-status-badge'
import { useFormatters } from '../format'

// Lucca's own topics (tests, pings, activation) are not in the topic catalog.
const systemTopics = ['test.created', 'ping', 'confirmation']

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  )
}

export function DeliverySummary({
  delivery,
  event,
}: {
  delivery: WebhookDelivery
  event: LuccaEvent | null | undefined
}) {
  const { t } = useTranslation('deliveries')
  const format = useFormatters()
  const endpointId = delivery.webhookEndpoint.id
  const endpointAddress = addressOf(delivery.webhookEndpoint)
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Field label={t('detail.status')}>
          <Group gap="xs">
            <DeliveryStatusBadge delivery={delivery} />
          </Group>
        </Field>
        <Field label={t('detail.topic')}>
          {!event ? (
            t('detail.unknown')
          ) : systemTopics.includes(event.topic) ? (
            event.topic
          ) : (
            // The topic catalog's page: what makes it fire and what it carries.
            <Anchor component={Link} to={`/topics/${encodeURIComponent(event.topic)}`}>
              {event.topic}
            </Anchor>
          )}
        </Field>
        <Field label={t('detail.occurredAt')}>
          {event ? (
            <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
          ) : (
            t('detail.unknown')
          )}
        </Field>
        <Field label={t('detail.endpoint')}>
          <Anchor component={Link} to={`/endpoints/${encodeURIComponent(endpointAddress)}/deliveries`}>
            {t('detail.endpointHistory', { id: endpointId })}
          </Anchor>
        </Field>
        <Field label={t('detail.eventId')}>{delivery.event.id}</Field>
        <Field label={t('detail.deliveryId')}>{delivery.id}</Field>
      </SimpleGrid>
    </Paper>
  )
}
