import { expect, test } from 'vitest'
import { auditActions } from '../../../contract/console-audit-api'
import { actionGroups, actionsOf, auditFiltersOf, withAuditFilters } from './audit-filters'

test('filters round-trip through the URL; other params are kept, empty ones dropped', () => {
  const search = new URLSearchParams('tab=x&username=olga&action=user.role&from=2026-11-01')
  const filters = auditFiltersOf(search)
  expect(filters).toEqual({ username: 'olga', action: 'user.role', from: '2026-11-01' })
  const next = withAuditFilters(search, { ...filters, username: undefined, to: '2026-11-30' })
  expect(next.toString()).toBe('tab=x&action=user.role&from=2026-11-01&to=2026-11-30')
  expect(auditFiltersOf(next)).toEqual({ action: 'user.role', from: '2026-11-01', to: '2026-11-30' })
})

test('values the API would refuse are dropped one by one, not the whole set', () => {
  const search = new URLSearchParams('username=olga&action=user.fly&from=2026-13&to=2026-11-30&accountId=')
  expect(auditFiltersOf(search)).toEqual({ username: 'olga', to: '2026-11-30' })
})

test('every action is in exactly one group of the action filter', () => {
  const grouped = actionGroups.flatMap((group) => actionsOf(group))
  expect([...grouped].sort()).toEqual([...auditActions].sort())
})
