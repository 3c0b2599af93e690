import { afterAll, beforeAll, expect, test } from 'vitest'
import { accountEnv } from '../../../testing/console-env.ts'
import { freshDataDir } from '../../../testing/embedded-template.ts'
import { eventually } from '../../../testing/eventually.ts'
import { startLucca, type Lucca } from '../../../testing/lucca.ts'
import { oidcBrowser } from '../../../testing/oidc-browser.ts'
import { startOidcProvider } from '../../../testing/oidc-provider.ts'
import { freePort } from '../../../testing/ports.ts'
import { startStack, tapOf, type InProcessStack } from '../../../testing/stack.ts'
import { issuedTokens } from '../../../testing/tap.ts'

// Groups per Lucca account (issue 17, OIDC_ACCOUNT_GROUPS_<ACCOUNT>), against a real provider: the
// integrators' group may use the sandbox only, the HR-IT admins production and the sandbox.
let sandbox: Lucca
let production: Lucca
let stack: InProcessStack
let provider: Awaited<ReturnType<typeof startOidcProvider>>
let origin = ''
const hits = (lucca: Lucca) => tapOf(lucca).requests('/lucca-api')

beforeAll(async () => {
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  const secret = 'client-secret-'.repeat(3)
  provider = await startOidcProvider({
    id: 'console',
    secret,
    redirectUri: `${origin}/api/session/oidc/callback`,
  })
  provider.setUser('ines', ['Integrators'])
  provider.setUser('hugo', ['HR-IT-Admins'])
  provider.setUser('rita', ['Integrators'])
  provider.setUser('victor', ['HR'])
  sandbox = await startLucca({ emulator: 'in-process', tap: {} })
  production = await startLucca({ emulator: 'in-process', tap: {} })
  stack = await startStack({
    console: { run: 'in-process' },
    lucca: sandbox,
    dataDir: await freshDataDir('oidc-accounts-'),
    env: {
      PORT: String(port),
      PUBLIC_ORIGIN: origin,
      LUCCA_ACCOUNTS: 'sandbox,production',
      ...accountEnv(sandbox, 'SANDBOX'),
      ...accountEnv(production, 'PRODUCTION'),
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'console',
      OIDC_CLIENT_SECRET: secret,
      OIDC_ADMIN_GROUPS: 'HR-IT-Admins,Integrators',
      OIDC_VIEWER_GROUPS: 'HR',
      OIDC_ACCOUNT_GROUPS_SANDBOX: 'Integrators,HR-IT-Admins',
      OIDC_ACCOUNT_GROUPS_PRODUCTION: 'HR-IT-Admins',
      OIDC_RECHECK_MINUTES: '0.02',
    },
  })
})
afterAll(async () => {
  await stack?.close()
  stack.console.watch.secret(...issuedTokens(tapOf(production)))
  await sandbox?.close()
  await production?.close()
  await provider?.close()
  expect(stack.console.watch.leaks()).toEqual([])
})

async function signInThrough(sub: string) {
  const browser = oidcBrowser()
  const { status, text } = await browser.walk(
    `${origin}/api/session/oidc/start`,
    sub,
    (url) => url.pathname === '/api/session/oidc/callback',
  )
  return { status, text, cookie: browser.session() }
}

const lastAudit = () =>
  stack.console.database
    .selectFrom('audit')
    .select(['username', 'action', 'status'])
    .orderBy('id', 'desc')
    .executeTakeFirst()

const idsOf = (session: unknown) =>
  (session as { accounts: { id: string }[] }).accounts.map((account) => account.id)

test('an integrator sees and uses the sandbox only; switching to production is refused', async () => {
  const { status, cookie } = await signInThrough('ines')
  expect(status).toBe(303)
  const session = await stack.call('/api/session', { cookie })
  expect(idsOf(session.json())).toEqual(['sandbox'])
  expect(session.json()).toMatchObject({ activeAccountId: 'sandbox', user: { role: 'admin' } })
  const refused = await stack.call('/api/session/account', {
    method: 'PUT',
    cookie,
    body: { accountId: 'production' },
  })
  expect(refused.status).toBe(403)
  expect(refused.json()).toMatchObject({ extensions: { reason: 'forbidden-role' } })
  const before = hits(production).length
  expect((await stack.call('/lucca-api/webhook-endpoints', { cookie })).status).toBe(200)
  expect((await stack.call('/api/history/endpoints', { cookie })).status).toBe(200)
  expect(hits(production).length).toBe(before)
  expect((await stack.call('/api/session', { cookie })).json()).toMatchObject({ activeAccountId: 'sandbox' })
})

test('an HR-IT admin sees both accounts and switches between them', async () => {
  const { cookie } = await signInThrough('hugo')
  const session = await stack.call('/api/session', { cookie })
  expect(idsOf(session.json())).toEqual(['sandbox', 'production'])
  const switched = await stack.call('/api/session/account', {
    method: 'PUT',
    cookie,
    body: { accountId: 'production' },
  })
  expect(switched.status).toBe(200)
  const before = hits(production).length
  expect((await stack.call('/lucca-api/webhook-endpoints', { cookie })).status).toBe(200)
  expect(hits(production).length).toBe(before + 1)
})

test('a user whose groups give no account is refused at sign-in with the plain page, audited', async () => {
  const { status, text, cookie } = await signInThrough('victor')
  expect(status).toBe(403)
  expect(text).toContain('Your account has no access to this console; ask')
  expect(cookie).toBeNull()
  expect(await lastAudit()).toEqual({
    username: 'victor@example.com',
    action: 'session.sign-in-failed',
    status: 403,
  })
})

test('a local user is unaffected: every account', async () => {
  const cookie = await stack.signIn()
  expect(idsOf((await stack.call('/api/session', { cookie })).json())).toEqual(['sandbox', 'production'])
})

test('the recheck reads the accounts again: a user left with none is signed out, audited', async () => {
  const { cookie } = await signInThrough('rita')
  expect((await stack.call('/api/session', { cookie })).status).toBe(200)
  provider.setUser('rita', ['HR'])
  await eventually(async () => {
    expect((await stack.call('/api/session', { cookie })).status).toBe(401)
  })
  expect(await lastAudit()).toEqual({
    username: 'rita@example.com',
    action: 'session.ended-by-provider',
    status: 403,
  })
})
