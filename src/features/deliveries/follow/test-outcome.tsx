import { Anchor, Group, Loader, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DeferredTooltip } from '../../../components/deferred/deferred-tooltip'
import { errorKeyOf } from '../../../lib/error-message'
import { addressOf, type WebhookDelivery } from '../../../lib/lucca-client'
import { DeliveryStatusBadge } from '../delivery-status-badge'
import { useFormatters } from '../format'
import classes from './test-outcome.module.css'
import { isFinal } from './follow-schedule'
import { useLiveDelivery } from './use-live-delivery'

/**
 * A sent test, followed beside its button in a list row: the status, what the receiver answered, and a link
 * to the delivery. Its width is the button column's, so the row grows in height and no column moves.
 */
export function TestOutcome({ sent, error }: { sent: WebhookDelivery | undefined; error: unknown }) {
  const { t } = useTranslation('deliveries')
  return (
    <div className={classes.outcome}>
      {sent && <Followed address={addressOf(sent)} />}
      {error !== null && error !== undefined && <InlineError error={error} label={t('row.sendFailed')} />}
    </div>
  )
}

function Followed({ address }: { address: string }) {
  const { t } = useTranslation('deliveries')
  const format = useFormatters()
  const { delivery, attempts, error } = useLiveDelivery(address)
  const details = (
    <Anchor component={Link} to={`/deliveries/${encodeURIComponent(address)}`} size="xs">
      {t('row.details')}
    </Anchor>
  )
  // Lucca took the test; only reading its progress failed, and the delivery page can still show it.
  if (!delivery || (error && !isFinal(delivery))) {
    if (!error) return <Loader size={12} role="status" aria-label={t('row.sending')} />
    return (
      <Stack gap={2}>
        <InlineError error={error} label={t('row.statusUnavailable')} />
        {details}
      </Stack>
    )
  }
  const last = attempts.at(-1)
  const code = last?.responseStatusCode
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap">
        {delivery.attemptsCount === 0 && delivery.status === 'undelivered' ? (
          <Group gap={4} wrap="nowrap">
            <Loader size={12} aria-hidden />
            <Text size="xs">{t('row.sending')}</Text>
          </Group>
        ) : (
          <DeliveryStatusBadge delivery={delivery} size="sm" />
        )}
        {details}
      </Group>
      {last && !last.isSuccessful && (
        <Text size="xs" c="dimmed">
          {typeof code === 'number'
            ? t('row.answered', { status: code })
            : t('row.noAnswer', { detail: last.errorResponseBody ?? '' })}
        </Text>
      )}
      {delivery.status === 'undelivered' && delivery.attemptsCount > 0 && delivery.nextAttemptAt && (
        <Text size="xs" c="dimmed">
          {t('row.nextAttempt', { time: format.time(delivery.nextAttemptAt) })}
        </Text>
      )}
    </Stack>
  )
}

/** A table row has no room for an alert: one line, the full reason on hover. */
function InlineError({ error, label }: { error: unknown; label: string }) {
  const { t } = useTranslation()
  const { key, values } = errorKeyOf(error)
  return (
    <DeferredTooltip label={t(key, values)} multiline w={280}>
      <Text size="xs" c="var(--mantine-color-error)" tabIndex={0} role="alert">
        {label}
      </Text>
    </DeferredTooltip>
  )
}
