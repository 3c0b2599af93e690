import '../../components/mantine-on-demand.css'
import { Anchor, Breadcrumbs, Group, Stack } from '@mantine/core'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { CopyReportButton } from '../../features/deliveries/diagnosis/copy-report-button'
import { diagnose } from '../../features/deliveries/diagnosis/diagnosis'
import { DiagnosisPanel } from '../../features/deliveries/diagnosis/diagnosis-panel'
import { DeliveryLog } from '../../features/deliveries/log/delivery-log'
import { deliveryLogQueries } from '../../features/deliveries/log/delivery-log-api'
import { ResendAllButton } from '../../features/deliveries/recovery/resend-all'
import { SendTestButton } from '../../features/deliveries/send-test-button'
import { type EndpointDetail, endpointQueries } from '../../features/endpoints/endpoints-api'
import { endpointOverviewQueries } from '../../features/endpoints/health/endpoint-overview-client'
import { ReactivateButton } from '../../features/endpoints/status/reactivate-button'
import { useTopicOptions } from '../../features/endpoints/use-topic-labels'
import { HistoryFreshness } from '../../features/history/history-freshness'
import { isNewEndpoint } from '../../features/onboarding/checklist'
import { OnboardingChecklist } from '../../features/onboarding/onboarding-checklist'
import type { WebhookEndpoint } from '../../lib/lucca-client'
import { useActiveSession } from '../use-active-session'

/**
 * `/endpoints/:endpointAddress/deliveries`: the endpoint's history, led by what is wrong when it fails, its
 * onboarding while it is new, and the debugging tools.
 * The endpoint is read first (by its address): its deliveries are filtered by its id, which may differ.
 */
export function DeliveriesPage() {
  const { endpointAddress } = useParams()
  if (!endpointAddress) throw new Error('deliveries-page is mounted without :endpointAddress')
  const { t } = useTranslation('deliveries')
  const { t: tShell } = useTranslation()
  const detail = useQuery(endpointQueries.detail(endpointAddress))
  const encoded = encodeURIComponent(endpointAddress)
  const name = detail.data?.endpoint.name ?? endpointAddress
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/endpoints" size="sm">
          {tShell('nav.endpoints')}
        </Anchor>
        <Anchor component={Link} to={`/endpoints/${encoded}`} size="sm">
          {name}
        </Anchor>
      </Breadcrumbs>
      <PageHeader
        title={t('pages.deliveries', { id: name })}
        description={t('pages.deliveriesHint')}
        actions={detail.data && <Actions endpoint={detail.data.endpoint} />}
      />
      {detail.data && <FailureLead detail={detail.data} address={endpointAddress} />}
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

/**
 * A failing or suspended endpoint's page starts with its last failure in words and the way out: resend what
 * failed (and re-activate first when suspended). All of it from the history, no call to Lucca.
 */
function FailureLead({ detail, address }: { detail: EndpointDetail; address: string }) {
  const { canEdit } = useActiveSession()
  const queryClient = useQueryClient()
  const { endpoint, etag } = detail
  const overview = useQuery(endpointOverviewQueries.overview(endpoint.id)).data
  const attempt = overview?.lastFailure?.attempt
  const kind = attempt ? diagnose(attempt) : null
  const failing = overview?.endpoint.health.state === 'failing' || endpoint.status === 'suspended'
  if (!kind || !failing) return null
  return (
    <DiagnosisPanel
      kind={kind}
      actions={
        canEdit && (
          <Group mt="md" gap="sm">
            {endpoint.status === 'suspended' && (
              <ReactivateButton
                endpoint={endpoint}
                etag={etag}
                onDone={() => void queryClient.invalidateQueries({ queryKey: endpointQueries.all() })}
              />
            )}
            <ResendAllButton endpointId={endpoint.id} address={address} />
          </Group>
        )
      }
    />
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
      {isNewEndpoint(endpoint.createdAt) && (
        <OnboardingChecklist
          dismissable
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
      )}
      <DeliveryLog
        endpointId={endpoint.id}
        header={<HistoryFreshness />}
        {...topics}
        endpointHref={() => null}
      />
    </>
  )
}
