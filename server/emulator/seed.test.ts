import { afterAll, expect, test } from 'vitest'
import { startEmulator } from './start.ts'

// A real port, not 4010: the seeded account must not assume the default one.
const lucca = await startEmulator({
  port: 0,
  store: 'memory',
  seed: true,
  rateLimit: 'off',
  demoReceiverUrl: 'https://127.0.0.1:1',
})
afterAll(() => lucca.close())

type Event = { id: string; source: string; data: { url?: string } }

async function api<T>(path: string, token: string): Promise<T> {
  const response = await fetch(`${lucca.url}/lucca-api${path}`, {
    headers: { authorization: `Bearer ${token}`, 'api-version': '2024-11-01' },
  })
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

test('seeded demo events carry the origin the emulator is reached at, like the events that follow', async () => {
  expect(new URL(lucca.url).port).not.toBe('4010')
  const form = 'grant_type=client_credentials&client_id=console-dev&client_secret=console-dev-secret'
  const tokenResponse = await fetch(`${lucca.url}/connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  })
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string }
  const seeded = (await api<{ items: Event[] }>('/events', token)).items
  expect(seeded.length).toBeGreaterThan(0)

  const emitted = await fetch(`${lucca.url}/_emulator/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ topic: 'employee.created', data: { id: '418' } }),
  })
  const { eventId } = (await emitted.json()) as { eventId: string }
  const later = await api<Event>(`/events/${eventId}`, token)

  // source + id is the documented dedupe key: one tenant, one source.
  expect(later.source).toBe(lucca.url)
  expect(seeded.map((event) => event.source)).toEqual(seeded.map(() => later.source))
  for (const event of seeded.filter((e) => e.data.url))
    expect(event.data.url?.startsWith(lucca.url)).toBe(true)
})
