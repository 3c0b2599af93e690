import { Box, Button, Paper, Text } from '@mantine/core'
import { keepPreviousData, useQuery, type QueryClient, type QueryKey } from '@tanstack/react-query'
import { IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { deliveryQueries } from '../../features/deliveries/deliveries-api'
import { healthOf } from '../../features/deliveries/health/health'
import { HealthCell } from '../../features/deliveries/health/health-cell'
import { SendTestButton } from '../../features/deliveries/send-test-button'
import { CursorPager } from '../../features/endpoints/list/cursor-pager'
import {
  matchesView,
  paramsFromView,
  viewFromParams,
  type EndpointListView,
} from '../../features/endpoints/list/endpoint-list-filters'
import { endpointQueries } from '../../features/endpoints/endpoints-api'
import { EndpointsFilters } from '../../features/endpoints/list/endpoints-filters'
import { EndpointsTable, type EndpointsTableProps } from '../../features/endpoints/list/endpoints-table'
import { EndpointsCards } from '../../features/endpoints/list/endpoints-cards'
import { EmptyEndpoints } from '../../features/endpoints/list/empty-endpoints'
import { useActiveSession } from '../use-active-session'
import { LoadingPlaceholder, SlowLuccaNotice } from '../../components/loading-placeholder'

/**
 * The list is where most visits land: its two Lucca reads start with the session check instead of after
 * it (one round trip sooner on screen). Signed out, they fail at the proxy without reaching Lucca.
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
  const list = endpointQueries.list({ status: view.status, page: view.page })
  const recent = deliveryQueries.recent()
  void queryClient.prefetchQuery(list).then(dropIfFailed(list.queryKey))
  void queryClient.prefetchQuery(recent).then(dropIfFailed(recent.queryKey))
}

export function EndpointsPage() {
  const { t } = useTranslation('endpoints')
  const { canEdit, isProduction } = useActiveSession()
  const [params, setParams] = useSearchParams()
  const view = viewFromParams(params)
  const list = useQuery({
    ...endpointQueries.list({ status: view.status, page: view.page }),
    placeholderData: keepPreviousData,
  })
  const recent = useQuery(deliveryQueries.recent())

  function change(next: Partial<EndpointListView>) {
    setParams(paramsFromView({ ...view, ...next }), { replace: true })
  }

  const visible = list.data?.items.filter((endpoint) => matchesView(endpoint, view)) ?? []
  const tableProps: EndpointsTableProps = {
    endpoints: visible,
    canEdit,
    isProduction,
    renderHealth: (endpoint) => (
      <HealthCell
        health={recent.data ? healthOf(recent.data, endpoint.id) : null}
        unavailable={recent.isError}
      />
    ),
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
  const filtered = view.search !== '' || view.topic !== null || view.status.length > 0
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
      <EndpointsFilters view={view} onChange={change} />
      {list.isPending && <LoadingPlaceholder heights={[48, 48, 48, 48, 48]} />}
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && visible.length === 0 && !filtered && <EmptyEndpoints canEdit={canEdit} />}
      {list.isSuccess && visible.length === 0 && filtered && (
        <Paper withBorder p="xl">
          <Text ta="center" c="dimmed">
            {t('list.noMatch')}
          </Text>
        </Paper>
      )}
      {/* Another status or page on its way: the rows shown are the previous ones, so they are dimmed. */}
      {list.isPlaceholderData && <SlowLuccaNotice />}
      {list.isSuccess && visible.length > 0 && (
        <Box aria-busy={list.isPlaceholderData} opacity={list.isPlaceholderData ? 0.55 : 1}>
          <Paper withBorder visibleFrom="md">
            <EndpointsTable {...tableProps} />
          </Paper>
          <Box hiddenFrom="md">
            <EndpointsCards {...tableProps} />
          </Box>
        </Box>
      )}
      {list.data && (
        <CursorPager prev={list.data.prev} next={list.data.next} onPage={(page) => change({ page })} />
      )}
    </>
  )
}
