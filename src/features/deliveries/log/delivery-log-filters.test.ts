import { expect, test } from 'vitest'
import {
  dayShown,
  filtersOf,
  isFiltered,
  noFilters,
  paramsFromView,
  viewFromParams,
} from './delivery-log-filters'
import { lastAnswerOf } from './last-answer'

test('the log’s filters round-trip through the URL', () => {
  const search =
    'endpoint=26&topic=employee.updated&status=failed,undelivered&code=none&from=2026-03-01&to=2026-03-31&event=e-1&resource=emp-42&cursor=abc_12-x'
  const view = viewFromParams(new URLSearchParams(search))
  expect(view).toEqual({
    endpoint: '26',
    topic: 'employee.updated',
    status: ['undelivered', 'failed'],
    code: 'none',
    from: '2026-03-01',
    to: '2026-03-31',
    event: 'e-1',
    resource: 'emp-42',
    cursor: 'abc_12-x',
  })
  expect(viewFromParams(paramsFromView(view))).toEqual(view)
  expect(paramsFromView(noFilters).toString()).toBe('')
})

test('what the API would refuse is dropped one by one, not the whole set', () => {
  const view = viewFromParams(
    new URLSearchParams(
      'status=failed,lost&code=6xx&from=2026-13-01&to=yesterday&cursor=a%20b&event=%20e-1%20',
    ),
  )
  expect(view).toEqual({ ...noFilters, status: ['failed'], event: 'e-1' })
  expect(viewFromParams(new URLSearchParams(`resource=${'x'.repeat(201)}`)).resource).toBeNull()
})

test('days are whole days of the admin’s calendar; the page shown is not a filter', () => {
  const filters = filtersOf({
    ...noFilters,
    from: '2026-03-10',
    to: '2026-03-10',
    status: ['failed'],
    code: '404',
  })
  expect(filters).toEqual({
    status: ['failed'],
    code: '404',
    from: new Date('2026-03-10T00:00:00').toISOString(),
    to: new Date('2026-03-11T00:00:00').toISOString(), // the next day's start, which the API excludes
  })
  expect(isFiltered({ ...noFilters, cursor: 'abc' })).toBe(false)
  expect(isFiltered({ ...noFilters, resource: 'emp-42' })).toBe(true)
})

test('a chart’s span comes as UTC instants, sent as they are; the date fields show the days they fall on', () => {
  const view = viewFromParams(
    new URLSearchParams('from=2026-03-10T14:00:00.000Z&to=2026-03-10T15:00:00.000Z&status=failed'),
  )
  expect(filtersOf(view)).toEqual({
    status: ['failed'],
    from: '2026-03-10T14:00:00.000Z',
    to: '2026-03-10T15:00:00.000Z',
  })
  const local = new Date('2026-03-10T14:00:00.000Z')
  const today = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`
  expect([
    dayShown(view.from),
    dayShown(view.to, true),
    dayShown('2026-03-01', true),
    dayShown(null),
  ]).toEqual([today, today, '2026-03-01', ''])
  expect(viewFromParams(new URLSearchParams('from=2026-03-10T25:00:00Z&to=2026-03-10T14:00')).from).toBeNull()
})

test('the last answer in plain words: a known code by its words, another by its class', () => {
  const at = '2026-03-10T09:30:00Z'
  const answer = (attemptsCount: number, lastStatusCode: number | null, lastAttemptAt: string | null = at) =>
    lastAnswerOf({ attemptsCount, lastStatusCode, lastAttemptAt })
  expect(answer(0, null, null)).toEqual({ key: 'answer.notTried', code: null })
  expect(answer(2, null)).toEqual({ key: 'answer.none', code: null })
  expect(answer(2, null, null)).toEqual({ key: 'answer.unknown', code: null }) // its attempts not read yet
  expect(answer(1, 404)).toEqual({ key: 'codes.404', code: 404 })
  expect(answer(1, 418)).toEqual({ key: 'answer.refused', code: 418 })
  expect(answer(1, 507).key).toBe('answer.receiverError')
  expect(answer(1, 226).key).toBe('answer.success')
})
