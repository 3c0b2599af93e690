import '../../components/mantine-on-demand.css'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { DeliveryLog } from '../../features/deliveries/log/delivery-log'
import { endpointLabel } from '../../features/endpoints/endpoint-label'
import { useTopicOptions } from '../../features/endpoints/use-topic-labels'
import { endpointOptionsQuery } from '../../features/endpoints/endpoint-options'
import { HistoryConnectionProblem, HistoryFreshness } from '../../features/history/history-freshness'
import { addressOf } from '../../lib/lucca-client'

/** `/deliveries`: every delivery of the account, from the console's history. */
export function DeliveryLogPage() {
  const { t } = useTranslation('deliveries/log')
  const endpoints = useQuery(endpointOptionsQuery()).data ?? []
  const byId = new Map(endpoints.map((endpoint) => [endpoint.id, endpoint]))
  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <HistoryConnectionProblem />
      <DeliveryLog
        header={<HistoryFreshness />}
        endpoints={endpoints.map((endpoint) => ({ value: endpoint.id, label: endpointLabel(endpoint) }))}
        {...useTopicOptions()}
        endpointHref={(id) => {
          const endpoint = byId.get(id)
          return endpoint ? `/endpoints/${encodeURIComponent(addressOf(endpoint))}` : null
        }}
      />
    </>
  )
}
