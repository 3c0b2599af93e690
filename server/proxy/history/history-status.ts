import type { HistoryStatus } from '../../../contract/console-history-api.ts'
import { publicStateOf } from '../../collector/public-state.ts'
import type { Database } from '../../db/database.ts'
import type { AccountRegistry } from '../accounts.ts'

/** Lucca's own limit per tenant and minute, shared with every other integration of the customer. */
const LUCCA_LIMIT = 50
// The collector may run on another replica: its own count is trusted while this recent.
const FRESH_MS = 90_000

/** How fresh the account's history is and what the console spends of its Lucca budget. */
export class HistoryStatusReader {
  constructor(
    private readonly db: Database,
    private readonly accounts: AccountRegistry,
    readonly retentionDays: number,
    private readonly now: () => number = Date.now,
  ) {}

  async read(accountId: string): Promise<HistoryStatus> {
    const row = await this.db
      .selectFrom('collector_state')
      .select('state')
      .where('account_id', '=', accountId)
      .executeTakeFirst()
    const written = row ? publicStateOf(row.state) : null
    const usage = this.accounts.get(accountId)?.upstream.usage()
    const fresh = written !== null && this.now() - Date.parse(written.writtenAt) <= FRESH_MS
    return {
      collector: {
        state: written?.phase ?? 'starting',
        updatedAt: written?.updatedAt ?? null,
        progress: written?.progress ?? null,
        reason: written?.reason ?? null,
        cause: written?.cause ?? null,
      },
      budget: {
        limit: LUCCA_LIMIT,
        consoleLimit: usage?.limit ?? 0,
        collectorShare: usage?.collectorShare ?? 0,
        console: usage?.used ?? 0,
        collector: fresh ? written.callsLastMinute : (usage?.collector ?? 0),
      },
      retentionDays: this.retentionDays,
    }
  }
}
