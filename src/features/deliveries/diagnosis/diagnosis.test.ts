import { expect, test } from 'vitest'
import { diagnose } from './diagnosis'

const failed = (responseStatusCode: number | null, errorResponseBody = '') => ({
  isSuccessful: false,
  responseStatusCode,
  errorResponseBody,
})

test.each([
  [404, '', 'gone'],
  [410, '', 'gone'],
  [401, 'bad signature', 'auth'],
  [403, '', 'auth'],
  [500, 'boom', 'server'],
  [503, '', 'server'],
  [429, '', 'rateLimited'],
  [302, '', 'redirect'],
  [400, 'invalid json', 'rejected'],
  [408, '', 'timeout'],
  [null, 'timeout after 3000 ms', 'timeout'],
  [null, 'self-signed certificate in certificate chain', 'tls'],
  [null, 'getaddrinfo ENOTFOUND hooks.example.invalid', 'dns'],
  [null, 'connect ECONNREFUSED 127.0.0.1:9', 'connection'],
  [null, 'socket hang up', 'connection'],
  [null, '', 'network'],
] as const)('an attempt answered %s "%s" reads as %s', (code, body, kind) => {
  expect(diagnose(failed(code, body))).toBe(kind)
})

test('a successful attempt has no diagnosis', () => {
  expect(diagnose({ isSuccessful: true, responseStatusCode: 202, errorResponseBody: '' })).toBeNull()
})
