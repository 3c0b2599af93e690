import { afterAll, expect, test } from 'vitest'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'

const { emulator, call } = await emulatorHarness({
  clients: [
    {
      id: 'console-dev',
      secret: 'console-dev-secret',
      scopes: ['webhook-endpoints.readonly', 'events.readonly'],
    },
  ],
  tokenTtlSeconds: 60,
})
afterAll(() => emulator.close())

const form = (fields: Record<string, string>) => ({
  rawBody: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
})
const good = {
  grant_type: 'client_credentials',
  client_id: 'console-dev',
  client_secret: 'console-dev-secret',
}

test('client credentials give an opaque Bearer token with the granted scopes, never cached', async () => {
  const res = await call('POST', '/connect/token', form(good))
  expect(res.status).toBe(200)
  expect(res.headers['cache-control']).toBe('no-store')
  expect(res.json).toMatchObject({
    token_type: 'Bearer',
    expires_in: 60,
    scope: 'webhook-endpoints.readonly events.readonly',
  })
  expect((res.json as { access_token: string }).access_token.length).toBeGreaterThanOrEqual(43)
})

test('a requested subset of scopes narrows the token; an ungranted one is invalid_scope', async () => {
  const narrowed = await call('POST', '/connect/token', form({ ...good, scope: 'events.readonly' }))
  expect(narrowed.json).toMatchObject({ scope: 'events.readonly' })
  const refused = await call(
    'POST',
    '/connect/token',
    form({ ...good, scope: 'webhook-endpoints.readwrite' }),
  )
  expect(refused.status).toBe(400)
  expect(refused.json).toMatchObject({ error: 'invalid_scope' })
})

test('RFC 6749 errors: invalid_client, unsupported_grant_type, invalid_request', async () => {
  const wrongSecret = await call('POST', '/connect/token', form({ ...good, client_secret: 'nope' }))
  expect(wrongSecret.json).toMatchObject({ error: 'invalid_client' })
  const password = await call('POST', '/connect/token', form({ ...good, grant_type: 'password' }))
  expect(password.json).toMatchObject({ error: 'unsupported_grant_type' })
  const missing = await call('POST', '/connect/token', form({ grant_type: 'client_credentials' }))
  expect(missing.json).toMatchObject({ error: 'invalid_request' })
  const json = await call('POST', '/connect/token', { body: good })
  expect(json.status).toBe(400)
  expect(json.json).toMatchObject({ error: 'invalid_request' })
  expect(json.headers['cache-control']).toBe('no-store')
})

test('a token stops working once its TTL has passed on the emulator clock', async () => {
  const token = ((await call('POST', '/connect/token', form(good))).json as { access_token: string })
    .access_token
  expect((await call('GET', '/lucca-api/webhook-endpoints', { token })).status).toBe(200)
  await emulator.clock.advance(61_000)
  const expired = await call('GET', '/lucca-api/webhook-endpoints', { token })
  expect(expired.status).toBe(401)
  expect(expired.headers['www-authenticate']).toBe('Bearer')
})
