import fc from 'fast-check'
import { expect, test } from 'vitest'
import { endpointSorts, healthStates } from '../../../../contract/console-history-endpoints-api'
import {
  isFiltered,
  paramsFromView,
  queryOf,
  viewFromParams,
  type EndpointListView,
} from './endpoint-list-filters'

test('the list view survives a round trip through the URL', () => {
  const view = fc.record<EndpointListView>({
    search: fc.string(),
    status: fc.subarray(['active', 'suspended', 'inactive'] as const).map((s) => [...s]),
    topic: fc.option(fc.constantFrom('employee.created', 'leave.deleted', 'new-thing.created'), {
      nil: null,
    }),
    health: fc.subarray([...healthStates]).map((s) => [...s]),
    sort: fc.constantFrom(...endpointSorts),
    page: fc.integer({ min: 1, max: 100_000 }),
  })
  fc.assert(
    fc.property(view, (original) => {
      const url = `?${paramsFromView(original).toString()}`
      expect(viewFromParams(new URLSearchParams(url))).toEqual(original)
    }),
  )
})

test('the defaults stay out of the URL, so a plain link is a plain URL', () => {
  const view = viewFromParams(new URLSearchParams(''))
  expect(view).toEqual({ search: '', status: [], topic: null, health: [], sort: 'health', page: 1 })
  expect(paramsFromView(view).toString()).toBe('')
})

test('what a hand-edited URL gets wrong is dropped, the rest kept', () => {
  const view = viewFromParams(
    new URLSearchParams('status=active,bogus&health=failing,sick&sort=random&page=x&q=payroll'),
  )
  expect(view).toEqual({
    search: 'payroll',
    status: ['active'],
    topic: null,
    health: ['failing'],
    sort: 'health',
    page: 1,
  })
  // A bookmark from before the history, with Lucca's opaque cursor as its page, starts at page 1.
  expect(viewFromParams(new URLSearchParams('page=%21next')).page).toBe(1)
  expect(viewFromParams(new URLSearchParams('page=2.5')).page).toBe(1)
})

test('the query asks the history for what the view shows; sort and page do not count as filters', () => {
  const view = viewFromParams(new URLSearchParams('q=%20hr%20&health=failing,degraded&sort=-created&page=3'))
  expect(queryOf(view)).toEqual({
    q: 'hr',
    health: ['failing', 'degraded'],
    sort: '-created',
    page: 3,
    pageSize: 25,
  })
  expect(isFiltered(view)).toBe(true)
  expect(isFiltered(viewFromParams(new URLSearchParams('sort=name&page=2&q=%20')))).toBe(false)
})
