import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { QueryError } from '../../../components/query-error'
import { addressOf } from '../../../lib/lucca-client'
import { deliveryQueries, type HistoryRow } from '../deliveries-api'
import { displayStatusOf, DeliveryStatusBadge } from '../delivery-status-badge'
import { useFormatters } from '../format'
import { HistoryFilterBar } from './history-filter-bar'
import { readFilters, writeFilters } from './history-filters'
import { LoadingPlaceholder } from '../../../components/loading-placeholder'

/** While something is still pending on screen, refresh rarely: the detail page is where one follows live. */
const pendingRefreshMs = 60_000

export function DeliveryHistory({
  endpointId,
  endpointLabel,
}: {
  endpointId: string
  endpointLabel?: string
}) {
  const { t } = useTranslation('deliveries/history')
  const [params, setParams] = useSearchParams()
  const filters = readFilters(params)
  const history = useQuery({
    ...deliveryQueries.history(endpointId, filters),
    placeholderData: keepPreviousData,
    refetchInterval: (query) =>
      query.state.data?.rows.some((row) => ['queued', 'pending'].includes(displayStatusOf(row.delivery)))
        ? pendingRefreshMs
        : false,
    refetchIntervalInBackground: false,
  })
  const goTo = (page: string | null) => setParams(writeFilters({ ...filters, page }))

  return (
    <Stack>
      <HistoryFilterBar filters={filters} onChange={(next) => setParams(writeFilters(next))} />
      {history.isPending ? (
        <LoadingPlaceholder heights={[200]} />
      ) : history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Caption>{t('history.caption', { id: endpointLabel ?? endpointId })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('history.columns.status')}</Table.Th>
                  <Table.Th>{t('history.columns.topic')}</Table.Th>
                  <Table.Th>{t('history.columns.occurredAt')}</Table.Th>
                  <Table.Th>{t('history.columns.attempts')}</Table.Th>
                  <Table.Th>{t('history.columns.nextAttempt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.data.rows.map((row) => (
                  <HistoryTableRow key={row.delivery.id} row={row} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {history.data.rows.length === 0 && (
            <Text p="md" size="sm">
              {t('history.empty')}
            </Text>
          )}
        </Paper>
      )}
      <Group justify="flex-end">
        <Button
          variant="default"
          disabled={!history.data?.prev}
          onClick={() => goTo(history.data?.prev ?? null)}
        >
          {t('history.prev')}
        </Button>
        <Button
          variant="default"
          disabled={!history.data?.next}
          onClick={() => goTo(history.data?.next ?? null)}
        >
          {t('history.next')}
        </Button>
      </Group>
    </Stack>
  )
}

function HistoryTableRow({ row }: { row: HistoryRow }) {
  const { t } = useTranslation('deliveries/history')
  const format = useFormatters()
  const { delivery, event } = row
  return (
    <Table.Tr>
      <Table.Td>
        <DeliveryStatusBadge delivery={delivery} />
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/deliveries/${encodeURIComponent(addressOf(delivery))}`}>
          {event?.topic ?? t('history.eventLabel', { id: delivery.event.id })}
        </Anchor>
      </Table.Td>
      <Table.Td>{event ? format.dateTime(event.occurredAt) : '—'}</Table.Td>
      <Table.Td>{delivery.attemptsCount}</Table.Td>
      {/* Lucca may leave a stale `nextAttemptAt` on a delivered delivery (contract §12 R1): a hint only. */}
      <Table.Td>
        {delivery.status === 'undelivered' && delivery.nextAttemptAt
          ? format.dateTime(delivery.nextAttemptAt)
          : '—'}
      </Table.Td>
    </Table.Tr>
  )
}
