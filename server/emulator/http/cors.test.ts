import { afterAll, expect, test } from 'vitest'
import { buildEmulator } from '../app.ts'

const plain = await buildEmulator({ store: 'memory' })
const debug = await buildEmulator({ store: 'memory', cors: true, publicBaseUrl: 'https://acme.ilucca.test/' })
afterAll(async () => {
  await plain.close()
  await debug.close()
})

test('no CORS headers by default, so a browser calling Lucca directly fails as it would in production', async () => {
  const res = await plain.app.inject({
    method: 'OPTIONS',
    url: '/lucca-api/webhook-endpoints',
    headers: { origin: 'http://x.test' },
  })
  expect(res.headers['access-control-allow-origin']).toBeUndefined()
})

test('EMULATOR_CORS=1 answers preflights permissively, for debugging', async () => {
  const res = await debug.app.inject({
    method: 'OPTIONS',
    url: '/lucca-api/webhook-endpoints',
    headers: { origin: 'http://x.test' },
  })
  expect(res.statusCode).toBe(204)
  expect(res.headers['access-control-allow-origin']).toBe('*')
  expect(res.headers['access-control-allow-headers']).toContain('api-version')
})

test('the public base URL is used in absolute URLs instead of the request origin', async () => {
  const res = await debug.app.inject({ method: 'GET', url: '/lucca-api/webhook-endpoints' })
  expect(res.json()).toMatchObject({ instance: 'https://acme.ilucca.test/lucca-api/webhook-endpoints' })
})
