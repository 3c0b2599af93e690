import fc from 'fast-check'
import { expect, test } from 'vitest'
import { addressProblem, checkReceiverUrl } from './receiver-url.ts'

const problemOf = (host: string) => {
  const checked = checkReceiverUrl(`https://${host}/hook`)
  return checked.ok ? null : checked.problem
}

test.each([
  ...[
    ['localhost', 'api.localhost', 'localhost.', 'LOCALHOST', 'ｌｏｃａｌｈｏｓｔ', 'a.b.localhost..'],
    ['127.0.0.1', '127.8.9.10', '[::1]', '0.0.0.0', '0', '0.1.2.3', '[::]', '127.0.0.1.'],
    ['2130706433', '0x7f000001', '0177.0.0.1', '127.1', '0x7f.1', '%31%32%37.0.0.1'],
    ['１２７．０．０．１', '127。0。0。1', '２１３０７０６４３３', 'hooks.example.com@127.0.0.1'],
    ['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[64:ff9b::7f00:1]', '[::127.0.0.1]', '[::ffff:0:7f00:1]'],
  ]
    .flat()
    .map((host) => [host, 'loopback']),
  ...[
    ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.20', '100.64.0.1', '100.127.255.255'],
    ['[fd12:3456::1]', '[fc00::1]', '[fec0::1]', '[::ffff:10.0.0.1]', '[64:ff9b::c0a8:101]'],
    ['[64:ff9b:1::a00:1]', '[64:ff9b:1::5db8:d70e]', '167772161', '0xc0.0xa8.1.1'],
  ]
    .flat()
    .map((host) => [host, 'private-network']),
  ...['169.254.1.1', '[fe80::1]', '[febf::1]', '[::ffff:169.254.0.1]'].map((host) => [host, 'link-local']),
  ...[
    ['169.254.169.254', '[::ffff:a9fe:a9fe]', '[::ffff:169.254.169.254]', '[64:ff9b::a9fe:a9fe]'],
    ['2852039166', '[fd00:ec2::254]', '100.100.100.200', '169.254.170.2', '192.0.0.192'],
    ['metadata.google.internal', 'METADATA.google.internal.', 'metadata.goog', 'metadata', 'instance-data'],
  ]
    .flat()
    .map((host) => [host, 'metadata']),
  ...['224.0.0.1', '255.255.255.255', '240.0.0.1', '192.0.2.1', '198.18.0.1', '203.0.113.9']
    .concat(['[2001:db8::1]', '[ff02::1]', '[2002:7f00:1::]', '[2001::1]', '[::5db8:d70e]', '[100::1]'])
    .map((host) => [host, 'reserved']),
  ...['printer.local', 'db.internal', 'intranet', 'nas.home.arpa', 'box.lan', 'srv.localdomain'].map(
    (host) => [host, 'unresolvable'],
  ),
])('%s is refused as %s', (host, problem) => {
  expect(problemOf(host)).toBe(problem)
})

test.each([
  'hooks.example.com',
  'hooks.zapier.com',
  '8.8.8.8',
  '93.184.215.14',
  '172.32.0.1',
  '192.169.0.1',
  '100.128.0.1',
  '169.255.0.1',
  '[2606:4700:4700::1111]',
  '[::ffff:93.184.215.14]',
  '[64:ff9b::5db8:d70e]',
  'hooks.example.com.',
  'xn--bcher-kva.example',
])('%s is a public receiver', (host) => {
  expect(checkReceiverUrl(`https://${host}/hook`)).toMatchObject({ ok: true })
})

test('the host comes back normalised, as an address or a name to resolve', () => {
  expect(checkReceiverUrl('https://２１３０７０６４３３/x')).toEqual({
    ok: false,
    problem: 'loopback',
    host: '127.0.0.1',
  })
  expect(checkReceiverUrl(' https://Hooks.Example.com./x ')).toEqual({
    ok: true,
    host: 'hooks.example.com',
    isAddress: false,
  })
  expect(checkReceiverUrl('https://[2606:4700::1]:8443/x')).toEqual({
    ok: true,
    host: '2606:4700::1',
    isAddress: true,
  })
})

test('what is not an https URL is refused before its host is looked at', () => {
  for (const value of [
    '',
    'hooks.example.com/x',
    'https://',
    'https://[fe80::1%25eth0]/',
    'https://999.1.1.1/',
  ])
    expect(checkReceiverUrl(value), value).toMatchObject({ ok: false, problem: 'invalid-url' })
  for (const value of ['http://hooks.example.com/x', 'ftp://hooks.example.com/', 'http://127.0.0.1/'])
    expect(checkReceiverUrl(value), value).toMatchObject({ ok: false, problem: 'not-https' })
})

test('a user name or password in the URL is refused: it would travel with every notification', () => {
  for (const value of [
    'https://payroll:s3cret@hooks.example.com/x',
    'https://payroll@hooks.example.com/x',
    'https://:s3cret@hooks.example.com/x',
  ])
    expect(checkReceiverUrl(value), value).toMatchObject({ ok: false, problem: 'credentials' })
})

test('every 10.x.y.z and every 127.x.y.z is refused, whatever form the address is written in', () => {
  fc.assert(
    fc.property(fc.nat(255), fc.nat(255), fc.nat(255), (b, c, d) => {
      expect(problemOf(`10.${b}.${c}.${d}`)).toBe('private-network')
      const loopback = (127 << 24) + (b << 16) + (c << 8) + d
      expect(problemOf(String(loopback >>> 0))).toBe('loopback')
      expect(problemOf(`0x${(loopback >>> 0).toString(16)}`)).toBe('loopback')
      expect(problemOf(`[::ffff:127.${b}.${c}.${d}]`)).toBe('loopback')
    }),
  )
})

test('resolved addresses are classified the same way', () => {
  expect(['127.0.0.1', '::1', '10.0.0.1', 'fe80::1', '::ffff:169.254.169.254'].map(addressProblem)).toEqual([
    'loopback',
    'loopback',
    'private-network',
    'link-local',
    'metadata',
  ])
  expect(['93.184.215.14', '2606:4700:4700::1111'].map(addressProblem)).toEqual([null, null])
})
