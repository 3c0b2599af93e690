import '@mantine/charts/styles.css'
import '@mantine/core/styles/ColorSwatch.css'
import { SimpleGrid, Stack, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { ChoiceChips } from '../../components/choice-chips'
import { QueryError } from '../../components/query-error'
import { statsRanges, type StatsRange } from '../../../contract/console-history-stats-api'
import { ChartCard } from './chart-card'
import { chartSpecs, rowOf } from './chart-specs'
import { healthQueries } from './health-api'
import type { Stats } from './health-client'
import { spanOf, tickOf } from './health-format'
import { rangeOf } from './health-range'
import { ChartsPlaceholder } from './charts-placeholder'

/**
 * How deliveries fared over the span the URL names (`?range=`), the account's or one endpoint's: what
 * reached the receiver, the success rate, the receiver's answers and the time to delivery.
 */
export function HealthCharts({ endpointId }: { endpointId?: string }) {
  const { t, i18n } = useTranslation('health')
  const [search, setSearch] = useSearchParams()
  const range = rangeOf(search)
  const stats = useQuery({ ...healthQueries.stats(range, endpointId), placeholderData: keepPreviousData })
  const setRange = (next: string) =>
    setSearch(
      (current) => {
        const params = new URLSearchParams(current)
        params.set('range', next)
        return params
      },
      { replace: true },
    )

  return (
    <Stack gap="md">
      <ChoiceChips
        label={t('range.label')}
        value={range}
        onChange={setRange}
        options={statsRanges.map((value: StatsRange) => ({ value, label: t(`range.${value}`) }))}
      />
      {stats.isPending ? (
        <ChartsPlaceholder label={t('loading')} />
      ) : stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : isEmpty(stats.data) ? (
        <Text c="dimmed">{t('empty', { span: t(`range.last.${range}`) })}</Text>
      ) : (
        <Figures stats={stats.data} endpointId={endpointId} language={i18n.language} />
      )}
    </Stack>
  )
}

function Figures({
  stats,
  endpointId,
  language,
}: {
  stats: Stats
  endpointId: string | undefined
  language: string
}) {
  const { t } = useTranslation('health')
  const rows = stats.buckets.map((bucket) =>
    rowOf(
      bucket,
      tickOf(bucket.from, stats.bucketMs, language),
      spanOf(bucket.from, bucket.to, stats.bucketMs, language),
    ),
  )
  const per = t(
    stats.bucketMs < 3_600_001 ? 'per.hour' : stats.bucketMs < 86_400_000 ? 'per.sixHours' : 'per.day',
  )
  const codes = stats.topCodes.map(
    ({ code, count }) => `${code === 'none' ? t('noAnswer') : code} (${count})`,
  )
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {chartSpecs.map((spec) => (
        <ChartCard
          key={spec.id}
          spec={spec}
          rows={rows}
          caption={t(`charts.${spec.id}.caption`, { per })}
          endpointId={endpointId}
          footer={
            spec.id === 'codes' && codes.length > 0 ? (
              <Text size="xs" c="dimmed">
                {t('topCodes', { codes: codes.join(', ') })}
              </Text>
            ) : undefined
          }
        />
      ))}
    </SimpleGrid>
  )
}

const isEmpty = (stats: Stats) =>
  stats.buckets.every(
    (bucket) =>
      bucket.delivered +
        bucket.failing +
        bucket.failed +
        Object.values(bucket.attempts).reduce((a, b) => a + b, 0) ===
      0,
  )
