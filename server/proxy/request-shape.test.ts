import fc from 'fast-check'
import { expect, test } from 'vitest'
import { checkRequestShape } from './path-guard.ts'

const pieces = [
  '/',
  '.',
  '..',
  '%2e',
  '%2E',
  '%252e',
  '%2f',
  '%5c',
  '\\',
  '%c0%ae',
  '%ef%bc%8e',
  '%e2%80%a5',
  '%00',
  '%0a',
  ';',
  '#',
  '?',
  'api',
  'lucca-api',
  'assets',
  'x',
]
const request = (url: string) => ({ url, httpVersion: '1.1', rawHeaders: ['Host', '127.0.0.1'] })

test('whatever passes the shape check has no dot segment, however encoded or disguised', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
      const url = `/${parts.join('')}`
      if (checkRequestShape(request(url)) !== null) return
      const path = decodeURIComponent(url.split('?')[0] ?? '').normalize('NFKC')
      expect(path.split('/').filter((segment) => segment === '.' || segment === '..')).toEqual([])
      expect([...path].filter((char) => char === '\\' || char.charCodeAt(0) < 0x20)).toEqual([])
      expect(url.split('?')[0]).not.toMatch(/%25|%2f|%5c|\/\//i)
    }),
    { numRuns: 3000 },
  )
})

test('the SPA and API paths the console uses pass', () => {
  for (const url of [
    '/',
    '/endpoints/12/deliveries?status=failed',
    '/assets/app-abc123.js',
    '/lucca-api/webhook-deliveries?webhookEndpoint.id=1,3&include=links,totalCount&page=!98f',
    '/api/session',
    '/healthz',
  ]) {
    expect(checkRequestShape(request(url)), url).toBeNull()
  }
  expect(checkRequestShape({ url: '/', httpVersion: '1.0', rawHeaders: [] })).toBeNull()
})
