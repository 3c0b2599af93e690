import '../../components/mantine-on-demand.css'
import { Anchor, Group, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { PageHeader } from '../../components/page-header'
import { CopyReportButton } from '../../features/deliveries/diagnosis/copy-report-button'
import { deliveryQueries } from '../../features/deliveries/deliveries-api'
import { DeliveryHistory } from '../../features/deliveries/history/delivery-history'
import { RecentDeliveriesList } from '../../features/deliveries/history/recent-deliveries-list'
import { SendTestButton } from '../../features/deliveries/send-test-button'
import { endpointQueries } from '../../features/endpoints/endpoints-api'
import { OnboardingChecklist } from '../../features/onboarding/onboarding-checklist'
import { useActiveSession } from '../use-active-session'

const firstPage = { status: null, from: null, to: null, page: null }

/** `/endpoints/:endpointId/deliveries`: the endpoint's history, its onboarding, and the debugging tools. */
export function DeliveriesPage() {
  const { endpointId } = useParams()
  if (!endpointId) throw new Error('deliveries-page is mounted without :endpointId')
  const { t } = useTranslation('deliveries')
  const { canEdit } = useActiveSession()
  const endpoint = useQuery(endpointQueries.detail(endpointId)).data?.endpoint
  // The unfiltered first page (shared with the history when no filter is set) tells whether a test arrived.
  const latest = useQuery(deliveryQueries.history(endpointId, firstPage)).data
  const encoded = encodeURIComponent(endpointId)
  return (
    <Stack>
      <PageHeader
        title={t('pages.deliveries', { id: endpoint?.name ?? endpointId })}
        description={t('pages.deliveriesHint')}
        actions={
          <>
            {canEdit && <SendTestButton endpointId={endpoint?.id ?? endpointId} follow="open" />}
            {endpoint && <CopyReportButton endpoint={endpoint} />}
          </>
        }
      />
      <Group gap="lg">
        <Anchor component={Link} to={`/endpoints/${encoded}/recover`}>
          {t('pages.recover')}
        </Anchor>
        <Anchor component={Link} to={`/verify?endpoint=${encoded}`}>
          {t('actions.verifyLink')}
        </Anchor>
      </Group>
      <OnboardingChecklist
        endpointId={endpointId}
        endpointStatus={endpoint?.status}
        testDelivered={latest?.rows.some((row) => row.delivery.status === 'delivered') ?? false}
        sendTest={
          canEdit && (
            <SendTestButton
              endpointId={endpoint?.id ?? endpointId}
              follow="open"
              size="xs"
              variant="light"
              mt={4}
            />
          )
        }
      />
      <RecentDeliveriesList endpointId={endpointId} />
      <DeliveryHistory endpointId={endpointId} endpointLabel={endpoint?.name ?? endpointId} />
    </Stack>
  )
}
