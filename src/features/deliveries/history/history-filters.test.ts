import { expect, test } from 'vitest'
import type { LuccaEvent, WebhookDelivery } from '../../../lib/lucca-client'
import { matchesFilters, readFilters, writeFilters } from './history-filters'

test('filters survive a trip through the URL, and junk values are dropped', () => {
  const filters = { status: 'failed', from: '2026-01-01', to: '2026-01-31', page: '!abc' } as const
  expect(readFilters(writeFilters(filters))).toEqual(filters)
  expect(readFilters(new URLSearchParams('status=nope&from=yesterday'))).toEqual({
    status: null,
    from: null,
    to: null,
    page: null,
  })
})

const row = (endpointId: string, status: WebhookDelivery['status'], occurredAt: string | null) => ({
  delivery: { status, webhookEndpoint: { id: endpointId }, event: { id: '1' } } as WebhookDelivery,
  event: occurredAt ? ({ occurredAt } as LuccaEvent) : null,
})
const none = { status: null, from: null, to: null, page: null }

test('rows of other endpoints or statuses are filtered out even if Lucca ignored the query filters', () => {
  expect(matchesFilters(row('7', 'failed', null), '7', none)).toBe(true)
  expect(matchesFilters(row('8', 'failed', null), '7', none)).toBe(false)
  expect(matchesFilters(row('7', 'delivered', null), '7', { ...none, status: 'failed' })).toBe(false)
})

test('the date window is inclusive of whole local days', () => {
  const local = (value: string) => new Date(value).toISOString()
  const window = { ...none, from: '2026-03-10', to: '2026-03-10' }
  expect(matchesFilters(row('7', 'failed', local('2026-03-10T00:00:00')), '7', window)).toBe(true)
  expect(matchesFilters(row('7', 'failed', local('2026-03-10T23:59:59')), '7', window)).toBe(true)
  expect(matchesFilters(row('7', 'failed', local('2026-03-11T00:00:00')), '7', window)).toBe(false)
  expect(matchesFilters(row('7', 'failed', null), '7', window)).toBe(false)
})
