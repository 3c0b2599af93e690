import '../../components/mantine-on-demand.css'
import { Anchor, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { RecoveryPanel } from '../../features/deliveries/recovery/recovery-panel'
import { endpointQueries } from '../../features/endpoints/endpoints-api'
import { useActiveSession } from '../use-active-session'
import { LoadingPlaceholder } from '../../components/loading-placeholder'

/** `/endpoints/:endpointAddress/recover`: count, then redeliver, what an outage left undelivered. */
export function RecoveryPage() {
  const { endpointAddress: endpointId } = useParams()
  if (!endpointId) throw new Error('recovery-page is mounted without :endpointAddress')
  const { t } = useTranslation('deliveries')
  const { canEdit } = useActiveSession()
  const endpoint = useQuery(endpointQueries.detail(endpointId))
  // `?from=<ms>`: from the deliveries page's "Resend all failed".
  const from = Number(useSearchParams()[0].get('from'))
  return (
    <Stack>
      {/* Which endpoint this recovers, and the way back to its deliveries. */}
      <Anchor component={Link} to={`/endpoints/${encodeURIComponent(endpointId)}/deliveries`} size="sm">
        {t('detail.endpointHistory', { id: endpoint.data?.endpoint.name ?? endpointId })}
      </Anchor>
      <PageHeader title={t('pages.recovery')} description={t('pages.recoveryHint')} />
      {endpoint.isPending ? (
        <LoadingPlaceholder heights={[120]} />
      ) : endpoint.isError ? (
        <QueryError error={endpoint.error} onRetry={() => void endpoint.refetch()} />
      ) : (
        <RecoveryPanel
          endpoint={endpoint.data.endpoint}
          canEdit={canEdit}
          presetFrom={Number.isFinite(from) && from > 0 ? from : undefined}
        />
      )}
    </Stack>
  )
}
