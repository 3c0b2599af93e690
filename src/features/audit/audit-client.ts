import { AuditPageSchema, type AuditFilters } from '../../../contract/console-audit-api'
import { consoleCall } from '../../lib/console-client'

export type { AuditAction, AuditEntry, AuditFilters } from '../../../contract/console-audit-api'

/** The audit trail's calls (`/api/audit`, admins only): with its lazy page, so the first screen does not carry them. */
export const auditApi = {
  list: (filters: AuditFilters, before: string | null) =>
    consoleCall('GET', `/api/audit?${searchOf({ ...filters, limit: '50', before })}`, AuditPageSchema),
  /** The trail as CSV with the same filters, for a plain download link (the browser fetches it). */
  csvHref: (filters: AuditFilters) => `/api/audit.csv?${searchOf(filters)}`,
}

/** A query string of the values that are set, in a stable order (empty ones mean "any"). */
function searchOf(values: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) if (value) search.set(key, value)
  return search.toString()
}
