import { AuditPageSchema, type AuditFilters } from '../../../contract/console-audit-api'
import { consoleCall } from '../../lib/console-client'
import { searchOf } from '../../lib/search-params'

export type { AuditAction, AuditEntry, AuditFilters } from '../../../contract/console-audit-api'

/** The audit trail's calls (`/api/audit`, admins only): with its lazy page, so the first screen does not carry them. */
export const auditApi = {
  list: (filters: AuditFilters, before: string | null) =>
    consoleCall('GET', `/api/audit?${searchOf({ ...filters, limit: '50', before })}`, AuditPageSchema),
  /** The trail as CSV with the same filters, for a plain download link (the browser fetches it). */
  csvHref: (filters: AuditFilters) => `/api/audit.csv?${searchOf(filters)}`,
}
