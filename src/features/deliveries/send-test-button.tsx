import { Anchor, Button, Group, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DeferredTooltip } from '../../components/deferred/deferred-tooltip'
import { errorKeyOf } from '../../lib/error-message'
import { deliveryQueries, pollInterval, useSendTest } from './deliveries-api'
import { AttemptOutcome } from './attempt-outcome'
import { DeliveryStatus } from './delivery-status'

interface SendTestButtonProps {
  endpointId: string
  /** Lucca refuses tests to endpoints that are not active. */
  disabledReason: string | null
  size?: 'xs' | 'sm'
}

/** Sends a test event and follows the delivery until it is delivered or failed. */
export function SendTestButton({ endpointId, disabledReason, size = 'xs' }: SendTestButtonProps) {
  const { t } = useTranslation()
  const sendTest = useSendTest()
  const deliveryId = sendTest.data?.id
  const delivery = useQuery({
    ...deliveryQueries.detail(deliveryId ?? ''),
    enabled: deliveryId !== undefined,
    // The POST's answer seeded it a moment ago: fresh enough that the first look is the poll's, not one
    // more the moment the button starts following it.
    staleTime: 1_000,
    refetchInterval: (query) => pollInterval(query.state.data, query.state.dataUpdateCount),
  })

  const button = (
    <Button
      size={size}
      variant="light"
      onClick={() => sendTest.mutate(endpointId)}
      loading={sendTest.isPending}
      disabled={disabledReason !== null}
    >
      {t('actions.sendTest')}
    </Button>
  )
  return (
    <Group gap="xs" wrap="nowrap">
      {disabledReason ? (
        <DeferredTooltip label={disabledReason}>{<span>{button}</span>}</DeferredTooltip>
      ) : (
        button
      )}
      <div aria-live="polite">
        {delivery.data && (
          <Stack gap={2}>
            <Group gap={6} wrap="nowrap">
              <DeliveryStatus delivery={delivery.data} />
              <Anchor component={Link} to={`/deliveries/${encodeURIComponent(delivery.data.id)}`} size="xs">
                {t('deliveryDetails')}
              </Anchor>
            </Group>
            <AttemptOutcome key={delivery.data.attemptsCount} delivery={delivery.data} />
          </Stack>
        )}
        {sendTest.isError && <InlineError error={sendTest.error} label={t('delivery.sendFailed')} />}
        {/* Lucca took the test; only reading its progress failed, and the delivery page can still show it. */}
        {deliveryId !== undefined && delivery.isError && (
          <Group gap={6} wrap="nowrap">
            <InlineError error={delivery.error} label={t('delivery.statusUnavailable')} />
            {!delivery.data && (
              <Anchor component={Link} to={`/deliveries/${encodeURIComponent(deliveryId)}`} size="xs">
                {t('deliveryDetails')}
              </Anchor>
            )}
          </Group>
        )}
      </div>
    </Group>
  )
}

/** A table row has no room for an alert: one line, the full reason on hover. */
function InlineError({ error, label }: { error: unknown; label: string }) {
  const { t } = useTranslation()
  const { key, values } = errorKeyOf(error)
  return (
    <DeferredTooltip label={t(key, values)} multiline w={280}>
      <Text size="sm" c="var(--mantine-color-error)" tabIndex={0} role="alert">
        {label}
      </Text>
    </DeferredTooltip>
  )
}
