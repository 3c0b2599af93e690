import { afterAll, beforeAll, expect, test } from 'vitest'
import { FAKE_CLIENT, startFakeLucca, type FakeLucca } from './fake-lucca.ts'
import { SESSION_SECRET, startTestConsole, testConfig, type TestConsole } from './harness.ts'

let sandbox: FakeLucca
let production: FakeLucca
let proxy: TestConsole

const account = (id: string, lucca: FakeLucca, environment: string) => ({
  [`LUCCA_${id}_API_URL`]: lucca.url,
  [`LUCCA_${id}_TOKEN_URL`]: `${lucca.url}/connect/token`,
  [`LUCCA_${id}_CLIENT_ID`]: FAKE_CLIENT.id,
  [`LUCCA_${id}_CLIENT_SECRET`]: FAKE_CLIENT.secret,
  [`LUCCA_${id}_ENVIRONMENT`]: environment,
  [`LUCCA_${id}_LABEL`]: `Acme ${environment}`,
})

beforeAll(async () => {
  sandbox = await startFakeLucca()
  production = await startFakeLucca()
  proxy = await startTestConsole(
    await testConfig(null, {
      SESSION_SECRET,
      LUCCA_ACCOUNTS: 'sandbox,production',
      ...account('SANDBOX', sandbox, 'sandbox'),
      ...account('PRODUCTION', production, 'production'),
      CONSOLE_DEV_ORIGIN: 'http://127.0.0.1:5173',
    }),
  )
})
afterAll(async () => {
  await proxy.close()
  await sandbox.close()
  await production.close()
  proxy.watch.secret(...sandbox.issued, ...production.issued)
  expect(proxy.watch.leaks()).toEqual([])
})

test('the admin switches accounts; calls and audit entries follow the active one', async () => {
  const cookie = await proxy.signIn()
  const session = await proxy.call('/api/session', { cookie })
  expect(session.json()).toMatchObject({
    activeAccountId: 'sandbox',
    accounts: [
      {
        id: 'sandbox',
        label: 'Acme sandbox',
        environment: 'sandbox',
        allowsPrivateReceivers: false,
        testReceiverUrl: null, // a real account is never offered the local test receiver
      },
      {
        id: 'production',
        label: 'Acme production',
        environment: 'production',
        allowsPrivateReceivers: false,
      },
    ],
  })
  expect(session.text).not.toContain('/connect/token')
  await proxy.call('/lucca-api/webhook-endpoints/1', { method: 'DELETE', cookie })
  expect(sandbox.hits).toHaveLength(1)

  const switched = await proxy.call('/api/session/account', {
    method: 'PUT',
    cookie,
    body: { accountId: 'production' },
  })
  expect(switched.json()).toMatchObject({ activeAccountId: 'production' })
  await proxy.call('/lucca-api/webhook-endpoints/2', { method: 'DELETE', cookie })
  expect(production.hits).toHaveLength(1)
  expect(sandbox.hits).toHaveLength(1)
  expect(
    (await proxy.call('/api/session/account', { method: 'PUT', cookie, body: { accountId: 'nope' } })).status,
  ).toBe(400)

  const audit = await proxy.call('/api/audit?limit=1', { cookie })
  const page = audit.json() as { items: { accountId: string; target: string }[]; nextBefore: string | null }
  expect(page.items).toEqual([
    expect.objectContaining({ accountId: 'production', target: 'webhook-endpoints/2' }),
  ])
  expect(page.nextBefore).not.toBeNull()
  const next = (await proxy.call(`/api/audit?limit=1&before=${page.nextBefore}`, { cookie })).json()
  expect(next).toEqual({
    items: [expect.objectContaining({ accountId: 'sandbox', target: 'webhook-endpoints/1' })],
    nextBefore: null,
  })
})

test('the named dev origin (Vite) may make state-changing calls; others may not', async () => {
  const viaVite = await proxy.call('/api/session', {
    method: 'POST',
    body: { username: 'admin', password: 'test-admin-password-123' },
    headers: { origin: 'http://127.0.0.1:5173' },
  })
  expect(viaVite.status).toBe(200)
  const other = await proxy.call('/api/session', {
    method: 'POST',
    body: { username: 'admin', password: 'test-admin-password-123' },
    headers: { origin: 'http://127.0.0.1:5174' },
  })
  expect(other.status).toBe(403)
})

test('the audit list takes empty placeholders as defaults and refuses bad values', async () => {
  const cookie = await proxy.signIn()
  expect((await proxy.call('/api/audit?limit=&before=', { cookie })).status).toBe(200)
  expect((await proxy.call('/api/audit?limit=1000', { cookie })).status).toBe(400)
  expect((await proxy.call('/api/audit?before=../x', { cookie })).status).toBe(400)
})
