import { decodeProtectedHeader } from 'jose'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { oidcBrowser } from '../../../testing/oidc-browser.ts'
import {
  startCompanyConsole,
  type CompanyConsole,
  type OidcProvider,
} from '../../../testing/company-console.ts'
import type { InProcessStack } from '../../../testing/stack.ts'

// The provider rotates its signing keys (issue 17): the console, which read its published keys at the first
// sign-in, verifies the ID tokens signed with the new one, by reading them again.
let stack: InProcessStack
let provider: OidcProvider
let company: CompanyConsole | undefined
let origin = ''

beforeAll(async () => {
  company = await startCompanyConsole({
    dataDirPrefix: 'oidc-keys-test-',
    env: { LOCAL_LOGIN: 'off' },
  })
  ;({ stack, provider, origin } = company)
  provider.setUser('alice', ['HR-Integrations-Admins'])
})
afterAll(() => company?.close())

async function signIn(): Promise<string> {
  const browser = oidcBrowser()
  const callback = await browser.walk(
    `${origin}/api/session/oidc/start`,
    'alice',
    (url) => url.pathname === '/api/session/oidc/callback',
  )
  expect(callback.status).toBe(303)
  const cookie = browser.session()
  if (!cookie) throw new Error('no session')
  expect((await stack.call('/api/session', { cookie })).status).toBe(200)
  return cookie
}

const signingKeys = async () =>
  (await stack.console.database.selectFrom('oidc_sessions').select('id_token').execute()).map(
    (row) => decodeProtectedHeader(row.id_token).kid,
  )

test('after the provider rotates its signing key, a sign-in with a token signed by the new one succeeds', async () => {
  await signIn()
  expect(await signingKeys()).toEqual(['test-key'])
  await provider.rotateKeys()
  await signIn()
  expect((await signingKeys()).sort()).toEqual(['test-key', 'test-key-2'])
})
