import { rm } from 'node:fs/promises'
import { decodeProtectedHeader } from 'jose'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { freshDataDir } from '../../../testing/embedded-template.ts'
import { oidcBrowser } from '../../../testing/oidc-browser.ts'
import { startOidcProvider } from '../../../testing/oidc-provider.ts'
import { freePort } from '../../../testing/ports.ts'
import { startStack, type InProcessStack } from '../../../testing/stack.ts'

// The provider rotates its signing keys (issue 17): the console, which read its published keys at the first
// sign-in, verifies the ID tokens signed with the new one, by reading them again.
let stack: InProcessStack
let provider: Awaited<ReturnType<typeof startOidcProvider>>
let dataDir = ''
let origin = ''

beforeAll(async () => {
  dataDir = await freshDataDir('oidc-keys-test-')
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  const secret = 'client-secret-'.repeat(3)
  provider = await startOidcProvider({
    id: 'console',
    secret,
    redirectUri: `${origin}/api/session/oidc/callback`,
  })
  provider.setUser('alice', ['HR-Integrations-Admins'])
  stack = await startStack({
    console: { run: 'in-process', options: {} },
    lucca: { emulator: 'in-process' },
    dataDir,
    env: {
      PORT: String(port),
      PUBLIC_ORIGIN: origin,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'console',
      OIDC_CLIENT_SECRET: secret,
      OIDC_ADMIN_GROUPS: 'HR-Integrations-Admins',
      LOCAL_LOGIN: 'off',
    },
  })
})
afterAll(async () => {
  await stack?.close()
  await provider?.close()
  await rm(dataDir, { recursive: true, force: true })
})

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
