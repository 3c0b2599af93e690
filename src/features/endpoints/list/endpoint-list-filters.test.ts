import fc from 'fast-check'
import { expect, test } from 'vitest'
import { paramsFromView, viewFromParams, type EndpointListView } from './endpoint-list-filters'

test('the list view survives a round trip through the URL', () => {
  const view = fc.record<EndpointListView>({
    search: fc.string(),
    status: fc.subarray(['active', 'suspended', 'inactive'] as const).map((s) => [...s]),
    topic: fc.option(fc.constantFrom('employee.created', 'leave.deleted', 'new-thing.created'), {
      nil: null,
    }),
    page: fc.option(fc.string({ minLength: 1 }), { nil: null }),
  })
  fc.assert(
    fc.property(view, (original) => {
      const url = `?${paramsFromView(original).toString()}`
      expect(viewFromParams(new URLSearchParams(url))).toEqual(original)
    }),
  )
})

test('unknown statuses in a hand-edited URL are ignored', () => {
  expect(viewFromParams(new URLSearchParams('status=active,bogus')).status).toEqual(['active'])
})
