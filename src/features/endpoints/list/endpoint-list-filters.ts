import { endpointSorts, healthStates } from '../../../../contract/console-history-endpoints-api'
import type { WebhookEndpointStatus } from '../../../lib/lucca-client'
import type { EndpointListQuery, EndpointSort, HealthState } from './endpoint-list-client'

const statuses: readonly WebhookEndpointStatus[] = ['active', 'suspended', 'inactive']
const defaultSort: EndpointSort = 'health'
export const pageSize = 25

/** The list's view, kept in the URL so a search, a filter or a page survives a reload and can be shared. */
export interface EndpointListView {
  search: string
  status: WebhookEndpointStatus[]
  topic: string | null
  health: HealthState[]
  sort: EndpointSort
  page: number
}

const listOf = <T extends string>(raw: string | null, known: readonly T[]): T[] =>
  known.filter((value) => (raw ?? '').split(',').includes(value))

/** What a hand-edited URL gets wrong (an unknown status, page "x") is dropped, not sent to the API. */
export function viewFromParams(params: URLSearchParams): EndpointListView {
  const page = Number(params.get('page'))
  return {
    search: params.get('q') ?? '',
    status: listOf(params.get('status'), statuses),
    topic: params.get('topic') || null,
    health: listOf(params.get('health'), healthStates),
    sort: endpointSorts.find((sort) => sort === params.get('sort')) ?? defaultSort,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  }
}

export function paramsFromView(view: EndpointListView): URLSearchParams {
  const params = new URLSearchParams()
  if (view.search) params.set('q', view.search)
  if (view.status.length > 0) params.set('status', view.status.join(','))
  if (view.topic) params.set('topic', view.topic)
  if (view.health.length > 0) params.set('health', view.health.join(','))
  if (view.sort !== defaultSort) params.set('sort', view.sort)
  if (view.page > 1) params.set('page', String(view.page))
  return params
}

/** Whether the view narrows the list: the sort and the page do not. */
export function isFiltered(view: EndpointListView): boolean {
  return view.search.trim() !== '' || view.status.length > 0 || view.topic !== null || view.health.length > 0
}

/** The history's query for the view; the search is trimmed, empty parts are left out. */
export function queryOf(view: EndpointListView): EndpointListQuery {
  const q = view.search.trim()
  return {
    ...(q ? { q } : {}),
    ...(view.status.length > 0 ? { status: view.status } : {}),
    ...(view.topic ? { topic: view.topic } : {}),
    ...(view.health.length > 0 ? { health: view.health } : {}),
    sort: view.sort,
    page: view.page,
    pageSize,
  }
}

/** The whole account, counted: one row is enough to learn the total behind "3 of 60 match". */
export const everyEndpoint: EndpointListQuery = { pageSize: 1 }
