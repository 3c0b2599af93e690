import '../../components/mantine-on-demand.css'
import { Anchor, Stack } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { PageHeader } from '../../components/page-header'
import { deliveryQueries } from '../../features/deliveries/deliveries-api'
import { DeliveryDetail } from '../../features/deliveries/follow/delivery-detail'
import { endpointQueries } from '../../features/endpoints/endpoints-api'
import { ReactivateButton } from '../../features/endpoints/status/reactivate-button'
import { addressOf } from '../../lib/lucca-client'
import { useActiveSession } from '../use-active-session'

/** `/deliveries/:deliveryAddress`: one delivery, followed live until it is final. */
export function DeliveryPage() {
  const { deliveryAddress: deliveryId } = useParams()
  if (!deliveryId) throw new Error('delivery-page is mounted without :deliveryAddress')
  const { t } = useTranslation('deliveries')
  const queryClient = useQueryClient()
  const { canEdit } = useActiveSession()
  // Same query as the detail below (shared cache): only to learn which endpoint this delivery belongs to.
  const endpointRef = useQuery(deliveryQueries.detail({ id: deliveryId })).data?.webhookEndpoint
  const endpointId = endpointRef && addressOf(endpointRef)
  const endpoint = useQuery({ ...endpointQueries.detail(endpointId ?? ''), enabled: Boolean(endpointId) })
  const refreshEndpoint = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: endpointQueries.all() }),
    [queryClient],
  )
  return (
    <Stack>
      <PageHeader
        title={t('pages.delivery')}
        description={
          endpointId && (
            <Anchor component={Link} to={`/endpoints/${encodeURIComponent(endpointId)}/deliveries`}>
              {t('detail.endpointHistory', { id: endpoint.data?.endpoint.name ?? endpointId })}
            </Anchor>
          )
        }
      />
      <DeliveryDetail
        address={deliveryId}
        endpointStatus={endpoint.data?.endpoint.status}
        onEndpointChanged={refreshEndpoint}
        reactivate={
          endpoint.data && (
            <ReactivateButton
              endpoint={endpoint.data.endpoint}
              etag={endpoint.data.etag}
              onDone={refreshEndpoint}
            />
          )
        }
        canEdit={canEdit}
      />
    </Stack>
  )
}
