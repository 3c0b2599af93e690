import {
  EndpointsPageSchema,
  type EndpointSort,
  type HealthState,
} from '../../../../contract/console-history-endpoints-api'
import { consoleCall } from '../../../lib/console-client'
import { searchOf } from '../../../lib/search-params'

export type {
  EndpointHealth,
  EndpointSort,
  EndpointSummary,
  EndpointsPage,
  HealthState,
} from '../../../../contract/console-history-endpoints-api'

/** `/api/history/endpoints`: one page of the account's endpoints, from the history, searched and counted. */
export interface EndpointListQuery {
  q?: string
  status?: readonly string[]
  topic?: string
  health?: readonly HealthState[]
  sort?: EndpointSort
  page?: number
  pageSize?: number
}

/** The endpoint list's calls: the console's own history, so a search or a sort costs Lucca nothing. */
export const endpointListApi = {
  page: (query: EndpointListQuery) =>
    consoleCall('GET', `/api/history/endpoints?${searchOf({ ...query })}`, EndpointsPageSchema),
}
