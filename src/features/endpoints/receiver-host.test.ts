import fc from 'fast-check'
import { expect, test } from 'vitest'
import { isPrivateHost } from './receiver-host'

test.each([
  'localhost',
  'api.localhost',
  '127.0.0.1',
  '127.8.9.10',
  '10.1.2.3',
  '172.16.0.1',
  '172.31.255.255',
  '192.168.1.20',
  '169.254.169.254',
  '100.64.0.1',
  '0.0.0.0',
  '[::1]',
  '[fd12:3456::1]',
  '[fe80::1]',
  '[::ffff:10.0.0.1]',
  'printer.local',
  'db.internal',
  'intranet',
])('%s is private', (host) => {
  expect(isPrivateHost(host)).toBe(true)
})

test.each(['hooks.example.com', '8.8.8.8', '172.32.0.1', '192.169.0.1', '[2001:db8::1]', 'hooks.zapier.com'])(
  '%s is public',
  (host) => {
    expect(isPrivateHost(host)).toBe(false)
  },
)

test('every 10.x.y.z address is private, whatever URL it comes in', () => {
  fc.assert(
    fc.property(fc.nat(255), fc.nat(255), fc.nat(255), (b, c, d) => {
      expect(isPrivateHost(new URL(`https://10.${b}.${c}.${d}/hook`).hostname)).toBe(true)
    }),
  )
})
