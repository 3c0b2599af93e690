import { expect, test } from 'vitest'
import { ALLOWED_QUERY, matchRoute, routes, type AllowedRoute } from './route-table.ts'

// The table is typed against contract/openapi.yaml (through contract/lucca-api.d.ts): `tsc --noEmit` in
// `npm test` refuses a route or a query parameter the contract does not have. These lines must not compile.
// @ts-expect-error: Lucca has no /payroll route
const notInContract: AllowedRoute = { method: 'GET', path: '/payroll', role: 'viewer' }
// @ts-expect-error: the contract has no PATCH on a delivery
const wrongMethod: AllowedRoute = { method: 'PATCH', path: '/webhook-deliveries/:id', role: 'admin' }
const inContract: AllowedRoute = { method: 'GET', path: '/events/:id', role: 'viewer' }

test('every route of the table is one the contract has, and an id segment matches', () => {
  expect([notInContract, wrongMethod, inContract].map((route) => route.path)).toHaveLength(3)
  expect(routes.length).toBeGreaterThan(0)
  expect(matchRoute('GET', '/events/42')).toMatchObject({ id: '42', route: { path: '/events/:id' } })
  expect(matchRoute('GET', '/payroll')).toBeNull()
  expect(ALLOWED_QUERY.has('webhookEndpoint.id')).toBe(true)
})
