import { Box, Button, Paper, Stack, Text } from '@mantine/core'
import { keepPreviousData, useQuery, type QueryClient, type QueryKey } from '@tanstack/react-query'
import { IconPlus } from '@tabler/icons-react'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { SendTestButton } from '../../features/deliveries/send-test-button'
import { endpointQueries } from '../../features/endpoints/endpoints-api'
import { EmptyEndpoints } from '../../features/endpoints/list/empty-endpoints'
import {
  everyEndpoint,
  isFiltered,
  pageSize,
  paramsFromView,
  queryOf,
  viewFromParams,
  type EndpointListView,
} from '../../features/endpoints/list/endpoint-list-filters'
import { EndpointsCards } from '../../features/endpoints/list/endpoints-cards'
import { EndpointsFilters } from '../../features/endpoints/list/endpoints-filters'
import { EndpointsTable, type EndpointsTableProps } from '../../features/endpoints/list/endpoints-table'
import { PageNumbers } from '../../features/endpoints/list/page-numbers'
import { useFallbackRefresh } from '../../lib/live-updates'
import { useActiveSession } from '../use-active-session'

// Loaded just after the list: how fresh the history is (it says when the console is still reading the account
// for the first time), and the state that then stands in place of an empty list.
const HistoryFreshness = lazy(async () => ({
  default: (await import('../../features/history/history-freshness')).HistoryFreshness,
}))
const HistoryConnectionProblem = lazy(async () => ({
  default: (await import('../../features/history/history-freshness')).HistoryConnectionProblem,
}))
const HistoryNotReady = lazy(async () => ({
  default: (await import('../../features/history/history-not-ready')).HistoryNotReady,
}))

/**
 * The list is where most visits land: its read starts with the session check instead of after it (one
 * round trip sooner on screen). Signed out, it fails at the proxy.
 */
export function prefetchEndpointsPage(
  queryClient: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
) {
  if (location.pathname !== '/' && location.pathname !== '/endpoints') return
  const view = viewFromParams(new URLSearchParams(location.search))
  // A failed early read (signed out, say) is dropped unless a page already shows it: the page's own load
  // then starts afresh, instead of showing that stale error while it fetches.
  const dropIfFailed = (queryKey: QueryKey) => () => {
    const query = queryClient.getQueryCache().find({ queryKey, exact: true })
    if (query?.state.status === 'error' && query.getObserversCount() === 0) {
      queryClient.removeQueries({ queryKey, exact: true })
    }
  }
  const list = endpointQueries.list(queryOf(view))
  void queryClient.prefetchQuery(list).then(dropIfFailed(list.queryKey))
}

/** `/endpoints`: the account's endpoints, from the console's history: searched, filtered, sorted, counted. */
export function EndpointsPage() {
  const { t } = useTranslation('endpoints')
  const { canEdit, isProduction } = useActiveSession()
  const [params, setParams] = useSearchParams()
  const view = viewFromParams(params)
  const filtered = isFiltered(view)
  // The stream keeps these fresh; while it is down, they are read again every 30 s.
  const refetchInterval = useFallbackRefresh()
  const list = useQuery({
    ...endpointQueries.list(queryOf(view)),
    placeholderData: keepPreviousData,
    refetchInterval,
  })
  const everything = useQuery({ ...endpointQueries.list(everyEndpoint), enabled: filtered, refetchInterval })

  function change(next: Partial<EndpointListView>) {
    setParams(paramsFromView({ ...view, ...next }), { replace: true })
  }

  const page = list.data
  const tableProps: EndpointsTableProps = {
    endpoints: page?.items ?? [],
    canEdit,
    isProduction,
    renderTestAction: (endpoint) =>
      canEdit && (
        <SendTestButton
          endpointId={endpoint.id}
          follow="inline"
          size="xs"
          variant="light"
          endpointStatus={endpoint.status}
        />
      ),
  }
  const empty = <EmptyEndpoints canEdit={canEdit} />
  return (
    <>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          canEdit && (
            <Button component={Link} to="/endpoints/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('list.newEndpoint')}
            </Button>
          )
        }
      />
      <Box mt={-8} mb="sm" mih={20}>
        <Suspense>
          <HistoryFreshness />
        </Suspense>
      </Box>
      <Suspense>
        <HistoryConnectionProblem />
      </Suspense>
      <EndpointsFilters view={view} onChange={change} />
      {list.isPending && <LoadingPlaceholder heights={[48, 48, 48, 48, 48]} />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {page && (
        <Text size="sm" c="dimmed" mb="xs" role="status">
          {filtered
            ? everything.data && t('list.matching', { count: page.total, total: everything.data.total })
            : t('list.total', { count: page.total })}
        </Text>
      )}
      {page?.total === 0 &&
        (filtered ? (
          <NoMatch onClear={() => change({ search: '', status: [], topic: null, health: [], page: 1 })} />
        ) : (
          <Suspense fallback={empty}>
            <HistoryNotReady fallback={empty} />
          </Suspense>
        ))}
      {tableProps.endpoints.length > 0 && (
        // Another page or filter on its way: the rows shown are the previous ones, so they are dimmed.
        <Box aria-busy={list.isPlaceholderData} opacity={list.isPlaceholderData ? 0.55 : 1}>
          <Paper withBorder visibleFrom="md">
            <EndpointsTable {...tableProps} />
          </Paper>
          <Box hiddenFrom="md">
            <EndpointsCards {...tableProps} />
          </Box>
        </Box>
      )}
      <PageNumbers
        page={view.page}
        count={Math.ceil((page?.total ?? 0) / pageSize)}
        onPage={(next) => change({ page: next })}
      />
    </>
  )
}

function NoMatch({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation('endpoints')
  return (
    <Paper withBorder p="xl">
      <Stack align="center" gap="sm">
        <Text fw={600}>{t('list.noMatch')}</Text>
        <Button variant="light" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      </Stack>
    </Paper>
  )
}
