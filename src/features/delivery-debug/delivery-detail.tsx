import { Anchor, Group, Stack } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryError } from '../../components/query-error'
import type { WebhookEndpointStatus } from '../../lib/lucca-client'
import { AttemptsTimeline } from './attempts-timeline'
import { DeliverySummary } from './delivery-summary'
import { diagnose } from './diagnosis'
import { DiagnosisPanel } from './diagnosis-panel'
import { EventPayload } from './event-payload'
import { ns } from './i18n'
import { LiveStatus } from './live-status'
import { ReactivateButton } from './reactivate-button'
import { RedeliverButton } from './redeliver-button'
import { useLiveDelivery } from './use-live-delivery'
import { LoadingPlaceholder } from '../../components/loading-placeholder'

interface Props {
  deliveryId: string
  /** The endpoint's current status, when the page knows it: a suspended one gets a re-activate button. */
  endpointStatus?: WebhookEndpointStatus | undefined
  /** Asks the page to read the endpoint again (after a 404/410 suspended it, or a re-activation). */
  onEndpointChanged?: () => void
  /** Viewers see everything but the write actions (the proxy refuses them anyway). */
  canEdit?: boolean
}

export function DeliveryDetail({ deliveryId, endpointStatus, onEndpointChanged, canEdit = true }: Props) {
  const { t } = useTranslation(ns)
  const live = useLiveDelivery(deliveryId)
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
  const endpointId = delivery.webhookEndpoint.id
  const suspended = endpointStatus === 'suspended'

  return (
    <Stack>
      <DeliverySummary delivery={delivery} event={live.event} />
      <LiveStatus delivery={delivery} attempts={attempts} error={live.error} />
      {kind && (
        <DiagnosisPanel
          kind={kind}
          actions={
            <Group mt="md">
              {kind === 'gone' && suspended && canEdit && (
                <ReactivateButton endpointId={endpointId} onDone={() => onEndpointChanged?.()} />
              )}
              {kind === 'auth' && (
                <Anchor component={Link} to={`/verify?endpoint=${encodeURIComponent(endpointId)}`}>
                  {t('diagnosis.verifyLink')}
                </Anchor>
              )}
            </Group>
          }
        />
      )}
      {canEdit && (
        <Group>
          <RedeliverButton endpointId={endpointId} eventId={delivery.event.id} />
          {suspended && kind !== 'gone' && (
            <ReactivateButton endpointId={endpointId} onDone={() => onEndpointChanged?.()} />
          )}
        </Group>
      )}
      <AttemptsTimeline delivery={delivery} attempts={attempts} />
      <EventPayload event={live.event} />
    </Stack>
  )
}
