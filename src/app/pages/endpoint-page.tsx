import '../../components/mantine-on-demand.css'
import { Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { IconActivity, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { diagnose } from '../../features/deliveries/diagnosis/diagnosis'
import { useDiagnosisTitle } from '../../features/deliveries/diagnosis/use-diagnosis-title'
import { RecentDeliveries } from '../../features/deliveries/log/recent-deliveries'
import { SendTestButton } from '../../features/deliveries/send-test-button'
import { RealEventButton } from '../../features/deliveries/real-event/real-event-button'
import { LazyHealthCharts } from '../../features/health/lazy-health-charts'
import { EndpointHealthPanel } from '../../features/endpoints/health/endpoint-health-panel'
import { endpointOverviewQueries } from '../../features/endpoints/health/endpoint-overview-client'
import { useTopicLabels } from '../../features/endpoints/use-topic-labels'
import { useFallbackRefresh } from '../../lib/live-updates'
import { isApiError } from '../../lib/api-error'
import { DeleteEndpointModal } from '../../features/endpoints/status/delete-endpoint-modal'
import { EndpointDetailsPanel } from '../../features/endpoints/endpoint-details-panel'
import { SecretHint } from '../../features/endpoints/secret-hint'
import { EndpointNotesPanel } from '../../features/endpoints/notes/endpoint-notes-panel'
import { EndpointStatusPanel } from '../../features/endpoints/status/endpoint-status-panel'
import { EndpointUrl } from '../../features/endpoints/endpoint-url'
import { RotationLink } from '../../features/endpoints/rotation/rotation-link'
import { endpointQueries } from '../../features/endpoints/endpoints-api'
import { useActiveSession } from '../use-active-session'
import { LoadingPlaceholder } from '../../components/loading-placeholder'

export function EndpointPage() {
  const { endpointAddress } = useParams()
  if (!endpointAddress) throw new Error('endpoint-page is mounted without :endpointAddress')
  const { t } = useTranslation('endpoints')
  const { t: tShell } = useTranslation()
  const navigate = useNavigate()
  const { canEdit, isProduction, allowsPrivateReceivers } = useActiveSession()
  const detail = useQuery(endpointQueries.detail(endpointAddress))
  const [deleting, setDeleting] = useState(false)
  const topicLabel = useTopicLabels().name
  // The same query as the health panel's (one request): the banner names its last error, the details its secret.
  const endpointId = detail.data?.endpoint.id ?? ''
  const overview = useQuery({ ...endpointOverviewQueries.overview(endpointId), enabled: endpointId !== '' })

  const crumbs = (
    <Breadcrumbs mb="sm">
      <Anchor component={Link} to="/endpoints" size="sm">
        {tShell('nav.endpoints')}
      </Anchor>
    </Breadcrumbs>
  )
  if (detail.isPending) {
    return (
      <Stack>
        {crumbs}
        <LoadingPlaceholder heights={[40, 160, 240]} />
      </Stack>
    )
  }
  if (detail.isError) {
    return (
      <>
        {crumbs}
        <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
      </>
    )
  }
  const { endpoint, etag } = detail.data
  const attempt = overview.data?.lastFailure?.attempt
  const lastError = attempt
    ? {
        code: typeof attempt.responseStatusCode === 'number' ? attempt.responseStatusCode : null,
        at: attempt.createdAt,
      }
    : null
  // Rotating the secret is beside what is known of it; it does not wait for the history to answer.
  const rotation = canEdit ? <RotationLink endpoint={endpoint} /> : null
  return (
    <>
      {crumbs}
      <PageHeader
        title={endpoint.name ?? <EndpointUrl webhookUrl={endpoint.webhookUrl} size="md" />}
        description={endpoint.name ? endpoint.webhookUrl : undefined}
        actions={
          <Group gap="sm">
            <Button
              component={Link}
              to={`/endpoints/${encodeURIComponent(endpointAddress)}/deliveries`}
              variant="default"
              leftSection={<IconActivity size={16} aria-hidden />}
            >
              {t('deliveriesLink')}
            </Button>
            {canEdit && (
              <>
                <SendTestButton
                  endpointId={endpoint.id}
                  follow="inline"
                  size="sm"
                  variant="light"
                  endpointStatus={endpoint.status}
                />
                <RealEventButton
                  endpointId={endpoint.id}
                  endpointStatus={endpoint.status}
                  topics={endpoint.topics}
                  webhookUrl={endpoint.webhookUrl}
                  topicLabel={topicLabel}
                />
              </>
            )}
          </Group>
        }
      />
      <Stack gap="lg">
        <Health endpointId={endpoint.id} />
        <EndpointStatusPanel
          endpoint={endpoint}
          etag={etag}
          canEdit={canEdit}
          isProduction={isProduction}
          lastError={lastError}
        />
        <EndpointDetailsPanel
          detail={detail.data}
          canEdit={canEdit}
          allowsPrivateReceivers={allowsPrivateReceivers}
          onReload={() => void detail.refetch()}
        >
          {/* Known once the history has the endpoint; the rotation flow's entry sits beside it. */}
          {overview.isSuccess ? <SecretHint secret={overview.data.secret}>{rotation}</SecretHint> : rotation}
        </EndpointDetailsPanel>
        {/* The console's own metadata, kept apart from what Lucca holds; keyed by the id, not the address. */}
        <EndpointNotesPanel endpointId={endpoint.id} canEdit={canEdit} />
        <RecentDeliveries
          endpointId={endpoint.id}
          allHref={`/endpoints/${encodeURIComponent(endpointAddress)}/deliveries`}
          topicLabel={topicLabel}
        />
        {canEdit && <DangerZone onDelete={() => setDeleting(true)} />}
      </Stack>
      <DeleteEndpointModal
        endpoint={endpoint}
        etag={etag}
        isProduction={isProduction}
        opened={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={() => void navigate('/endpoints', { replace: true })}
      />
    </>
  )
}

/** How the endpoint is doing, from the history (Lucca's own record has no health): first on its page. */
function Health({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation('endpoints/health')
  const titleOf = useDiagnosisTitle()
  const overview = useQuery({
    ...endpointOverviewQueries.overview(endpointId),
    // The stream keeps it fresh; while it is down, it is read again every 30 s.
    refetchInterval: useFallbackRefresh(),
  })
  if (overview.isPending) return <LoadingPlaceholder heights={[160]} />
  if (overview.isError) {
    // Not read yet (created a moment ago, or the collector is starting): it shows once the history has it.
    if (isApiError(overview.error, 404))
      return (
        <Text size="sm" c="dimmed">
          {t('notInHistory')}
        </Text>
      )
    return <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
  }
  const attempt = overview.data.lastFailure?.attempt
  const kind = attempt ? diagnose(attempt) : null
  return (
    <EndpointHealthPanel overview={overview.data} lastErrorTitle={kind && titleOf(kind)}>
      <LazyHealthCharts endpointId={endpointId} />
    </EndpointHealthPanel>
  )
}

/** Delete, apart from everyday actions such as a test delivery; it still asks for confirmation. */
function DangerZone({ onDelete }: { onDelete: () => void }) {
  const { t } = useTranslation('endpoints')
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="danger-zone">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="danger-zone">
          {t('dangerZone.title')}
        </Title>
        <Text size="sm">{t('dangerZone.deleteExplain')}</Text>
        <Button
          color="red"
          variant="light"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={onDelete}
        >
          {t('dangerZone.delete')}
        </Button>
      </Stack>
    </Paper>
  )
}
