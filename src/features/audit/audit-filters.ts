import { AuditFiltersSchema, auditActions, type AuditAction } from '../../../contract/console-audit-api'
import type { AuditFilters } from './audit-client'

const keys = [
  'username',
  'action',
  'accountId',
  'from',
  'to',
] as const satisfies readonly (keyof AuditFilters)[]

/**
 * The trail's filters as the page keeps them in its URL (`?username=olga&action=endpoint.update`), so a
 * filtered view can be shared and survives a reload. A value the API would refuse (an unknown action, a
 * malformed day) is dropped, not sent: a hand-edited link shows the unfiltered trail rather than an error.
 */
export function auditFiltersOf(search: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {}
  for (const key of keys) {
    const value = search.get(key)?.trim()
    if (!value) continue
    const parsed = AuditFiltersSchema.safeParse({ [key]: value })
    if (parsed.success) Object.assign(filters, parsed.data)
  }
  return filters
}

/** The URL search params for `filters`, keeping any other param of the page as it is. */
export function withAuditFilters(search: URLSearchParams, filters: AuditFilters): URLSearchParams {
  const next = new URLSearchParams(search)
  for (const key of keys) {
    const value = filters[key]
    if (value) next.set(key, value)
    else next.delete(key)
  }
  return next
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return keys.some((key) => Boolean(filters[key]))
}

export const actionGroups = ['endpoint', 'delivery', 'session', 'user', 'alert-rule', 'alert-secret'] as const

/** The actions of one group (`endpoint.*`), in the contract's order. */
export function actionsOf(group: (typeof actionGroups)[number]): AuditAction[] {
  return auditActions.filter((action) => action.startsWith(`${group}.`))
}
