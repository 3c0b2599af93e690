import { afterAll, beforeAll, expect, test } from 'vitest'
import { accountEnv, admin } from '../../testing/console-env.ts'
import { startLucca, type Lucca } from '../../testing/lucca.ts'
import { startStack, tapOf, type InProcessStack } from '../../testing/stack.ts'
import { issuedTokens } from '../../testing/tap.ts'

let sandbox: Lucca
let production: Lucca
let stack: InProcessStack
const hits = (lucca: Lucca) => tapOf(lucca).requests('/lucca-api')

const account = (id: string, lucca: Lucca, environment: string) => ({
  ...accountEnv(lucca, id),
  [`LUCCA_${id}_ENVIRONMENT`]: environment,
  [`LUCCA_${id}_LABEL`]: `Acme ${environment}`,
})

beforeAll(async () => {
  sandbox = await startLucca({ emulator: 'in-process', tap: {} })
  production = await startLucca({ emulator: 'in-process', tap: {} })
  stack = await startStack({
    console: { run: 'in-process' },
    lucca: sandbox,
    env: {
      LUCCA_ACCOUNTS: 'sandbox,production',
      ...account('SANDBOX', sandbox, 'sandbox'),
      ...account('PRODUCTION', production, 'production'),
      CONSOLE_DEV_ORIGIN: 'http://127.0.0.1:5173',
    },
  })
})
afterAll(async () => {
  await stack.close()
  stack.console.watch.secret(...issuedTokens(tapOf(production)))
  await sandbox.close()
  await production.close()
  expect(stack.console.watch.leaks()).toEqual([])
})

test('the admin switches accounts; calls and audit entries follow the active one', async () => {
  const cookie = await stack.signIn()
  const session = await stack.call('/api/session', { cookie })
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
  await stack.call('/lucca-api/webhook-endpoints/1', { method: 'DELETE', cookie })
  expect(hits(sandbox)).toHaveLength(1)

  const switched = await stack.call('/api/session/account', {
    method: 'PUT',
    cookie,
    body: { accountId: 'production' },
  })
  expect(switched.json()).toMatchObject({ activeAccountId: 'production' })
  await stack.call('/lucca-api/webhook-endpoints/2', { method: 'DELETE', cookie })
  expect(hits(production)).toHaveLength(1)
  expect(hits(sandbox)).toHaveLength(1)
  expect(
    (await stack.call('/api/session/account', { method: 'PUT', cookie, body: { accountId: 'nope' } })).status,
  ).toBe(400)

  const audit = await stack.call('/api/audit?limit=1&action=endpoint.delete', { cookie })
  const page = audit.json() as { items: { accountId: string; target: string }[]; nextBefore: string | null }
  expect(page.items).toEqual([
    expect.objectContaining({
      accountId: 'production',
      accountLabel: 'Acme production',
      target: 'webhook-endpoints/2',
    }),
  ])
  expect(page.nextBefore).not.toBeNull()
  const next = (
    await stack.call(`/api/audit?limit=1&action=endpoint.delete&before=${page.nextBefore}`, { cookie })
  ).json()
  expect(next).toEqual({
    items: [expect.objectContaining({ accountId: 'sandbox', target: 'webhook-endpoints/1' })],
    nextBefore: null,
    retentionDays: 365,
  })
})

test('the named dev origin (Vite) may make state-changing calls; others may not', async () => {
  const viaVite = await stack.call('/api/session', {
    method: 'POST',
    body: admin,
    headers: { origin: 'http://127.0.0.1:5173' },
  })
  expect(viaVite.status).toBe(200)
  const other = await stack.call('/api/session', {
    method: 'POST',
    body: admin,
    headers: { origin: 'http://127.0.0.1:5174' },
  })
  expect(other.status).toBe(403)
})

test('the audit list takes empty placeholders as defaults and refuses bad values', async () => {
  const cookie = await stack.signIn()
  expect((await stack.call('/api/audit?limit=&before=', { cookie })).status).toBe(200)
  expect((await stack.call('/api/audit?limit=1000', { cookie })).status).toBe(400)
  expect((await stack.call('/api/audit?before=../x', { cookie })).status).toBe(400)
})
