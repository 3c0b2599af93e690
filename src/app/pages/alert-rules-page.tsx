import '../../components/mantine-on-demand.css'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { AlertsTabs } from '../../features/alerts/alerts-tabs'
import { RulesScreen } from '../../features/alerts/rules/rules-screen'
import { endpointLabel } from '../../features/endpoints/endpoint-label'
import { endpointOptionsQuery } from '../../features/endpoints/endpoint-options'
import { useActiveSession } from '../use-active-session'

/** `/alerts/rules`: the account's alert rules (admins change them), with the endpoints to name and pick. */
export function AlertRulesPage() {
  const { t } = useTranslation('alerts')
  const { canEdit } = useActiveSession()
  const endpoints = useQuery(endpointOptionsQuery()).data
  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <AlertsTabs />
      <RulesScreen
        canEdit={canEdit}
        endpoints={endpoints?.map((endpoint) => ({ id: endpoint.id, name: endpointLabel(endpoint) })) ?? null}
      />
    </>
  )
}
