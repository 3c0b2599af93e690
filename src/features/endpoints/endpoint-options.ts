import { queryOptions } from '@tanstack/react-query'
import { endpointQueries } from './endpoints-api'
import { endpointListApi } from './list/endpoint-list-client'

/** The most endpoints a picker lists (pages of 100 from the history). */
const optionsLimit = 1_000

/** Every endpoint by name, for a picker (the delivery log's endpoint filter); apart, as the list does not need it. */
export const endpointOptionsQuery = () =>
  queryOptions({
    queryKey: [...endpointQueries.lists(), 'options'],
    queryFn: async () => {
      const first = await endpointListApi.page({ sort: 'name', pageSize: 100 })
      const items = [...first.items]
      const pages = Math.min(Math.ceil(first.total / 100), optionsLimit / 100)
      for (let page = 2; page <= pages; page++) {
        items.push(...(await endpointListApi.page({ sort: 'name', pageSize: 100, page })).items)
      }
      return items
    },
  })
