import '../../components/mantine-on-demand.css'
import { Skeleton, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { ns } from '../../features/delivery-debug/i18n'
import { RecoveryPanel } from '../../features/delivery-debug/recovery-panel'
import { endpointQueries } from '../../features/endpoints/endpoints-api'
import { useActiveSession } from '../use-active-session'

/** `/endpoints/:endpointId/recover`: count, then redeliver, what an outage left undelivered. */
export function RecoveryPage() {
  const { endpointId } = useParams()
  if (!endpointId) throw new Error('recovery-page is mounted without :endpointId')
  const { t } = useTranslation(ns)
  const { canEdit } = useActiveSession()
  const endpoint = useQuery(endpointQueries.detail(endpointId))
  return (
    <Stack>
      <PageHeader title={t('pages.recovery')} description={t('pages.recoveryHint')} />
      {endpoint.isPending ? (
        <Skeleton height={120} />
      ) : endpoint.isError ? (
        <QueryError error={endpoint.error} onRetry={() => void endpoint.refetch()} />
      ) : (
        <RecoveryPanel
          endpointId={endpointId}
          topics={endpoint.data.endpoint.topics}
          endpointActive={endpoint.data.endpoint.status === 'active'}
          canEdit={canEdit}
        />
      )}
    </Stack>
  )
}
