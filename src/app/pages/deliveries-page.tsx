import '../../components/mantine-on-demand.css'
import { Anchor, Group, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { CopyReportButton } from '../../features/deliveries/diagnosis/copy-report-button'
import { DeliveryLog } from '../../features/deliveries/log/delivery-log'
import { deliveryLogQueries } from '../../features/deliveries/log/delivery-log-api'
import { SendTestButton } from '../../features/deliveries/send-test-button'
import { endpointQueries } from '../../features/endpoints/endpoints-api'
import { useTopicOptions } from '../../features/endpoints/use-topic-labels'
import { HistoryFreshness } from '../../features/history/history-freshness'
import { OnboardingChecklist } from '../../features/onboarding/onboarding-checklist'
import type { WebhookEndpoint } from '../../lib/lucca-client'
import { useActiveSession } from '../use-active-session'

/**
 * `/endpoints/:endpointAddress/deliveries`: the endpoint's history, its onboarding, and the debugging tools.
 * The endpoint is read first (by its address): its deliveries are filtered by its id, which may differ.
 */
export function DeliveriesPage() {
  const { endpointAddress } = useParams()
  if (!endpointAddress) throw new Error('deliveries-page is mounted without :endpointAddress')
  const { t } = useTranslation('deliveries')
  const detail = useQuery(endpointQueries.detail(endpointAddress))
  const encoded = encodeURIComponent(endpointAddress)
  return (
    <Stack>
      <PageHeader
        title={t('pages.deliveries', { id: detail.data?.endpoint.name ?? endpointAddress })}
        description={t('pages.deliveriesHint')}
        actions={detail.data && <Actions endpoint={detail.data.endpoint} />}
      />
      <Group gap="lg">
        <Anchor component={Link} to={`/endpoints/${encoded}/recover`}>
          {t('pages.recover')}
        </Anchor>
        <Anchor component={Link} to={`/verify?endpoint=${encoded}`}>
          {t('actions.verifyLink')}
        </Anchor>
      </Group>
      {detail.isPending && <LoadingPlaceholder heights={[120, 200]} />}
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.data && <Deliveries endpoint={detail.data.endpoint} address={endpointAddress} />}
    </Stack>
  )
}

function Actions({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { canEdit } = useActiveSession()
  return (
    <>
      {canEdit && <SendTestButton endpointId={endpoint.id} endpointStatus={endpoint.status} follow="open" />}
      <CopyReportButton endpoint={endpoint} />
    </>
  )
}

function Deliveries({ endpoint, address }: { endpoint: WebhookEndpoint; address: string }) {
  const { canEdit } = useActiveSession()
  // One delivered delivery in the history is enough to tick "a test arrived".
  const delivered = useQuery(
    deliveryLogQueries.page({ endpoint: endpoint.id, status: ['delivered'] }, null, 1),
  ).data
  const topics = useTopicOptions()
  return (
    <>
      <OnboardingChecklist
        endpointId={address}
        endpointStatus={endpoint.status}
        testDelivered={(delivered?.items.length ?? 0) > 0}
        sendTest={
          canEdit && (
            <SendTestButton
              endpointId={endpoint.id}
              endpointStatus={endpoint.status}
              follow="open"
              size="xs"
              variant="light"
              mt={4}
            />
          )
        }
      />
      <DeliveryLog
        endpointId={endpoint.id}
        header={<HistoryFreshness />}
        {...topics}
        endpointHref={() => null}
      />
    </>
  )
}
