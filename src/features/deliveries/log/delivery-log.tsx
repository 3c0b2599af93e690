import { Box, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { IconChevronRight, IconDownload } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { LoadingPlaceholder } from '../../../components/loading-placeholder'
import { QueryError } from '../../../components/query-error'
import { useFallbackRefresh } from '../../../lib/live-updates'
import { deliveryLogQueries } from './delivery-log-api'
import { deliveryLogApi } from './delivery-log-client'
import { DeliveryLogFilterBar, type SelectData } from './delivery-log-filter-bar'
import {
  filtersOf,
  isFiltered,
  noFilters,
  paramsFromView,
  viewFromParams,
  type LogView,
} from './delivery-log-filters'
import { DeliveryLogRows, type DeliveryLogRowsProps } from './delivery-log-table'

interface DeliveryLogProps {
  /** One endpoint's own log: its id filters it, whatever the URL says, and no endpoint is picked. */
  endpointId?: string
  /** The endpoints to pick from, on the account-wide log. */
  endpoints?: { value: string; label: string }[]
  topics: SelectData
  topicLabel: DeliveryLogRowsProps['topicLabel']
  endpointHref: DeliveryLogRowsProps['endpointHref']
  /** Shown above the filters (the history's freshness line, from another feature). */
  header?: ReactNode
}

/**
 * The delivery log, from the console's history: filters in the URL, newest first, a page at a time
 * ("Older", then back to the newest), and the same filters as a CSV or JSON file.
 */
export function DeliveryLog({
  endpointId,
  endpoints,
  topics,
  topicLabel,
  endpointHref,
  header,
}: DeliveryLogProps) {
  const { t } = useTranslation('deliveries/log')
  const [params, setParams] = useSearchParams()
  const urlView = viewFromParams(params)
  const view: LogView = endpointId ? { ...urlView, endpoint: endpointId } : urlView
  const filters = filtersOf(view)
  const log = useQuery({
    ...deliveryLogQueries.page(filters, view.cursor),
    placeholderData: keepPreviousData,
    // The stream keeps it fresh; while it is down, it is read again every 30 s.
    refetchInterval: useFallbackRefresh(),
  })
  const show = (next: LogView) => setParams(paramsFromView(endpointId ? { ...next, endpoint: null } : next))
  const narrowed = isFiltered(endpointId ? { ...view, endpoint: null } : view)
  const rows = log.data?.items ?? []
  const rowsProps: DeliveryLogRowsProps = {
    rows,
    showEndpoint: !endpointId,
    topicLabel,
    endpointHref,
    caption: t('caption'),
  }

  return (
    <Stack>
      {header}
      <Paper withBorder p="md" component="section" aria-label={t('filters.title')}>
        <DeliveryLogFilterBar view={view} onChange={show} endpoints={endpoints} topics={topics} />
      </Paper>
      <Group justify="flex-end" gap="xs">
        {(['csv', 'json'] as const).map((format) => (
          <Button
            key={format}
            component="a"
            href={deliveryLogApi.exportHref(format, filters)}
            download
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
          >
            {t('export', { format: format.toUpperCase() })}
          </Button>
        ))}
      </Group>
      {log.isPending && <LoadingPlaceholder heights={[36, 36, 36, 36]} />}
      {log.isError && <QueryError error={log.error} onRetry={() => void log.refetch()} />}
      {log.isSuccess && rows.length === 0 && <Empty filtered={narrowed} onClear={() => show(noFilters)} />}
      {rows.length > 0 && (
        <Box aria-busy={log.isPlaceholderData} opacity={log.isPlaceholderData ? 0.55 : 1}>
          <DeliveryLogRows {...rowsProps} />
        </Box>
      )}
      {(view.cursor || log.data?.next) && (
        <Group justify="flex-end" gap="xs">
          {view.cursor && (
            <Button variant="default" onClick={() => show({ ...view, cursor: null })}>
              {t('newest')}
            </Button>
          )}
          <Button
            variant="default"
            rightSection={<IconChevronRight size={16} aria-hidden />}
            disabled={!log.data?.next || log.isPlaceholderData}
            onClick={() => show({ ...view, cursor: log.data?.next ?? null })}
          >
            {t('older')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}

function Empty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const { t } = useTranslation('deliveries/log')
  return (
    <Paper withBorder p="xl">
      <Stack align="center" gap="sm" ta="center">
        <Text fw={600}>{filtered ? t('noMatch') : t('noDeliveries')}</Text>
        {filtered ? (
          <Button variant="light" onClick={onClear}>
            {t('filters.clear')}
          </Button>
        ) : (
          <Text c="dimmed" size="sm">
            {t('noDeliveriesBody')}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}
