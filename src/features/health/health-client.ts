import { StatsSchema, type StatsRange } from '../../../contract/console-history-stats-api'
import { consoleCall } from '../../lib/console-client'
import { searchOf } from '../../lib/search-params'

export type { CodeClass, Stats, StatsBucket, StatsRange } from '../../../contract/console-history-stats-api'

/** The charts' figures (`/api/history/stats`), from the console's history: the account's or one endpoint's. */
export const healthApi = {
  stats: (range: StatsRange, endpoint: string | undefined) =>
    consoleCall('GET', `/api/history/stats?${searchOf({ range, endpoint })}`, StatsSchema),
}
