import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { freshDataDir } from '../../../testing/embedded-template.ts'
import { oidcBrowser } from '../../../testing/oidc-browser.ts'
import { startOidcProvider } from '../../../testing/oidc-provider.ts'
import { freePort } from '../../../testing/ports.ts'
import { startStack, type InProcessStack } from '../../../testing/stack.ts'

let stack: InProcessStack
let provider: Awaited<ReturnType<typeof startOidcProvider>>
let dataDir = ''
let origin = ''

beforeAll(async () => {
  dataDir = await freshDataDir('oidc-test-')
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  const secret = 'client-secret-'.repeat(3)
  provider = await startOidcProvider({
    id: 'console',
    secret,
    redirectUri: `${origin}/api/session/oidc/callback`,
  })
  provider.setUser('alice', ['HR-Integrations-Admins'])
  provider.setUser('victor', ['HR'])
  provider.setUser('nadia', ['Sales'])
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
      OIDC_VIEWER_GROUPS: 'HR',
      LOCAL_LOGIN: 'off',
    },
  })
})
afterAll(async () => {
  await stack?.close()
  await provider?.close()
  await rm(dataDir, { recursive: true, force: true })
})

test('the sign-in page is told company sign-in is on and passwords are off', async () => {
  const methods = await stack.call('/api/session/methods')
  expect(await methods.json()).toEqual({ oidc: true, local: 'off' })
  const local = await stack.call('/api/session', {
    method: 'POST',
    body: { username: 'admin', password: 'any-password-at-all' },
  })
  expect(local.status).toBe(403)
})

test('start: a code flow with PKCE (S256), state and nonce, to the real provider', async () => {
  const response = await fetch(`${origin}/api/session/oidc/start`, { redirect: 'manual' })
  expect(response.status).toBe(302)
  const location = new URL(response.headers.get('location') ?? '')
  expect(location.origin).toBe(provider.issuer)
  expect(location.searchParams.get('code_challenge_method')).toBe('S256')
  expect(location.searchParams.get('response_type')).toBe('code')
  for (const name of ['state', 'nonce', 'code_challenge'])
    expect(location.searchParams.get(name)).toBeTruthy()
  expect(response.headers.get('set-cookie')).toMatch(/__Host-console-oidc=.*HttpOnly/i)
})

test('a callback with no flow of ours (replayed or forged) gets a plain page and is audited', async () => {
  const response = await stack.call('/api/session/oidc/callback?code=forged&state=forged')
  expect(response.status).toBe(400)
  expect(response.text).toContain('This sign-in link has expired')
  expect(response.headers.get('set-cookie') ?? '').not.toContain('__Host-console-session=')
})

/** Signs in at the real provider as a browser would (its dev login and consent forms), up to our callback. */
async function signInThrough(sub: string) {
  const browser = oidcBrowser()
  const { status, text } = await browser.walk(
    `${origin}/api/session/oidc/start`,
    sub,
    (url) => url.pathname === '/api/session/oidc/callback',
  )
  return { status, text, cookie: browser.session() }
}

test('an admin and a viewer sign in through the provider, with the role their group gives', async () => {
  for (const [sub, role] of [
    ['alice', 'admin'],
    ['victor', 'viewer'],
  ] as const) {
    const { status, cookie } = await signInThrough(sub)
    expect(status).toBe(303)
    const session = await stack.call('/api/session', { cookie })
    expect(session.json()).toMatchObject({ user: { username: `${sub}@example.com`, role } })
  }
})

test('a user in neither group is refused with a plain page, and no session', async () => {
  const { status, text, cookie } = await signInThrough('nadia')
  expect(status).toBe(403)
  expect(text).toContain('Your account has no access to this console')
  expect(cookie).toBeNull()
})
