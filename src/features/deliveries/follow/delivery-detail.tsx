import { Anchor, Group, Stack } from '@mantine/core'
import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { LoadingPlaceholder } from '../../../components/loading-placeholder'
import { QueryError } from '../../../components/query-error'
import { addressOf, type WebhookEndpointStatus } from '../../../lib/lucca-client'
import { diagnose } from '../diagnosis/diagnosis'
import { DiagnosisPanel } from '../diagnosis/diagnosis-panel'
import { RedeliverButton } from '../redeliver-button'
import { AttemptsTimeline } from './attempts-timeline'
import { DeliverySummary } from './delivery-summary'
import { EventPayload } from './event-payload'
import { LiveStatus } from './live-status'
import { useLiveDelivery } from './use-live-delivery'

interface Props {
  /** The delivery's address (the last segment of its `url`), as in the page's own URL. */
  address: string
  /** The endpoint's current status, when the page knows it: a suspended one gets the re-activate action. */
  endpointStatus?: WebhookEndpointStatus | undefined
  /** Asks the page to read the endpoint again (after a 404/410 suspended it). */
  onEndpointChanged?: () => void
  /** The endpoints feature's re-activate button, given by the page (features do not import each other). */
  reactivate?: ReactNode
  /** Viewers see everything but the write actions (the proxy refuses them anyway). */
  canEdit?: boolean
}

export function DeliveryDetail({
  address,
  endpointStatus,
  onEndpointChanged,
  reactivate,
  canEdit = true,
}: Props) {
  const { t } = useTranslation('deliveries')
  const live = useLiveDelivery(address, { withEvent: true })
  const { delivery, attempts } = live
  const last = attempts.at(-1)
  const kind = last && delivery && delivery.status !== 'delivered' ? diagnose(last) : null
  // A 404/410 suspends the endpoint at once: refresh what the page shows of it, once, when that happens.
  useEffect(() => {
    if (kind === 'gone' && endpointStatus === 'active') onEndpointChanged?.()
  }, [kind, endpointStatus, onEndpointChanged])
  if (!delivery) {
    if (live.isPending) return <LoadingPlaceholder heights={[240]} />
    return <QueryError error={live.error} onRetry={live.refetch} />
  }
  const suspended = endpointStatus === 'suspended' && canEdit
  const endpointAddress = addressOf(delivery.webhookEndpoint)

  return (
    <Stack>
      <DeliverySummary delivery={delivery} event={live.event} />
      <LiveStatus delivery={delivery} attempts={attempts} error={live.error} />
      {kind && (
        <DiagnosisPanel
          kind={kind}
          actions={
            <Group mt="md">
              {kind === 'gone' && suspended && reactivate}
              {kind === 'auth' && (
                <Anchor component={Link} to={`/verify?endpoint=${encodeURIComponent(endpointAddress)}`}>
                  {t('actions.verifyLink')}
                </Anchor>
              )}
            </Group>
          }
        />
      )}
      {canEdit && (
        <Group>
          <RedeliverButton endpointId={delivery.webhookEndpoint.id} eventId={delivery.event.id} />
          {suspended && kind !== 'gone' && reactivate}
        </Group>
      )}
      <AttemptsTimeline delivery={delivery} attempts={attempts} attemptsKnown={live.attemptsKnown} />
      <EventPayload event={live.event} />
    </Stack>
  )
}
