import '../../components/mantine-on-demand.css'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartsPlaceholder } from './charts-placeholder'

// The charts' code (@mantine/charts, recharts: some 130 KiB gz, its own chunk in vite.config.ts) and their
// stylesheet load only when a page shows them (docs/decisions/0013-charts.md).
const Charts = lazy(async () => ({ default: (await import('./health-charts')).HealthCharts }))

/** The health charts, loaded on first show; what pages import. */
export function LazyHealthCharts({ endpointId }: { endpointId?: string }) {
  const { t } = useTranslation('health')
  return (
    <Suspense fallback={<ChartsPlaceholder label={t('loading')} />}>
      <Charts {...(endpointId === undefined ? {} : { endpointId })} />
    </Suspense>
  )
}
