import fc from 'fast-check'
import { expect, test } from 'vitest'
import { guardTarget } from './path-guard.ts'
import { matchRoute } from './route-table.ts'

const pieces = [
  '/',
  '.',
  '..',
  '%',
  '%2e',
  '%2f',
  '%252e',
  '%5c',
  '\\',
  ';',
  ':',
  '//',
  'webhook-endpoints',
  'events',
  '1',
  'a',
  '?',
  '&',
  '=',
  '#',
  '%00',
  ' ',
  'é',
]

test('whatever the request target, what passes the guard is a plain path with no dot, percent or empty segment', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const result = guardTarget(`/lucca-api/${parts.join('')}`)
      if (!result.ok) return
      expect(result.path).toMatch(/^(\/[A-Za-z0-9_-]+)+$/)
      const match = matchRoute('GET', result.path)
      if (match) expect(`/lucca-api${result.path}`).not.toMatch(/\.\.|%|\/\//)
    }),
    { numRuns: 2000 },
  )
})

test('query values are re-serialised, so nothing encoded twice reaches Lucca', () => {
  expect(
    guardTarget('/lucca-api/webhook-deliveries?webhookEndpoint.id=1,3&include=links,totalCount'),
  ).toEqual({
    ok: true,
    path: '/webhook-deliveries',
    query: '?webhookEndpoint.id=1,3&include=links,totalCount',
  })
  expect(guardTarget('/lucca-api/events?page=%2525').ok).toBe(false)
})
