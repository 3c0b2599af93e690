import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { LazyHealthCharts } from '../../features/health/lazy-health-charts'

/** `/health`: how the account's deliveries fared, over a day to three months (`?range=`). */
export function HealthPage() {
  const { t } = useTranslation('health')
  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <LazyHealthCharts />
    </>
  )
}
