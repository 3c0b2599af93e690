import { HistoryStatusSchema } from '../../../contract/console-history-api'
import { consoleCall } from '../../lib/console-client'

export type { HistoryStatus } from '../../../contract/console-history-api'

/** The history's own state (`/api/history/status`): how fresh it is, and what the console spends of Lucca. */
export const historyApi = {
  status: () => consoleCall('GET', '/api/history/status', HistoryStatusSchema),
}
