import { gzipSync } from 'node:zlib'
import { expect, test } from 'vitest'
import { createContractValidator } from './openapi-validator.ts'

const check = createContractValidator()
const endpoint = {
  id: '1',
  type: 'webhook-endpoint',
  url: 'https://example.ilucca.net/lucca-api/webhook-endpoints/1',
  webhookUrl: 'https://example.com/hook',
  topics: ['employee.created'],
  status: 'active',
}
const ok = {
  method: 'GET',
  url: '/lucca-api/webhook-endpoints/1?include=links',
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8', 'api-version': '2024-11-01' },
  body: JSON.stringify(endpoint),
}

test('a conforming response has no violation, compressed or not', () => {
  expect(check(ok)).toEqual([])
  const body = gzipSync(Buffer.from(JSON.stringify(endpoint)))
  expect(check({ ...ok, headers: { ...ok.headers, 'content-encoding': 'gzip' }, body })).toEqual([])
})

test('drift is caught: a missing field, a wrong enum, a missing required header', () => {
  const { status: _, ...withoutStatus } = endpoint
  expect(check({ ...ok, body: JSON.stringify(withoutStatus) }).join()).toMatch(/status/)
  expect(check({ ...ok, body: JSON.stringify({ ...endpoint, status: 'paused' }) }).join()).toMatch(
    /allowed values/,
  )
  expect(check({ ...ok, headers: { 'content-type': 'application/json' } }).join()).toMatch(
    /missing header Api-Version/,
  )
})

test('undeclared routes, statuses and media types are violations', () => {
  expect(check({ ...ok, url: '/lucca-api/users' }).join()).toMatch(/path not in the contract/)
  expect(check({ ...ok, method: 'PUT' }).join()).toMatch(/method not in the contract/)
  expect(check({ ...ok, headers: { ...ok.headers, 'content-type': 'text/html' } }).join()).toMatch(
    /not declared/,
  )
  expect(check({ ...ok, method: 'POST', url: '/connect/token', status: 401 }).join()).toMatch(
    /status not declared/,
  )
  expect(check({ ...ok, status: 304 }).join()).toMatch(/declares none/)
})
