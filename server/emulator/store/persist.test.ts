import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { buildEmulator } from '../app.ts'

const form = 'grant_type=client_credentials&client_id=console-dev&client_secret=console-dev-secret'

async function endpointNames(emulator: Awaited<ReturnType<typeof buildEmulator>>) {
  const token = (
    await emulator.app.inject({
      method: 'POST',
      url: '/connect/token',
      payload: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
  ).json<{ access_token: string }>().access_token
  const res = await emulator.app.inject({
    url: '/lucca-api/webhook-endpoints',
    headers: { authorization: `Bearer ${token}`, 'api-version': '2024-11-01' },
  })
  return res.json<{ items: { name: string }[] }>().items.map((e) => e.name)
}

test('a file store survives a restart, seeds only when empty, and is written atomically', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulator-store-'))
  const file = join(dir, 'nested', 'emulator.json')
  const options = { store: { file }, seed: true, demoReceiverUrl: 'https://127.0.0.1:1' } as const

  const first = await buildEmulator(options)
  const names = await endpointNames(first)
  expect(names).toHaveLength(4)
  await first.app.inject({
    method: 'POST',
    url: '/_emulator/events',
    payload: { topic: 'leave.created', data: {} },
  })
  await first.close()
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1, counters: { endpoint: 4 } })
  expect(readdirSync(join(dir, 'nested'))).toEqual(['emulator.json'])

  const second = await buildEmulator(options)
  expect(await endpointNames(second)).toEqual(names)
  const events = JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[] }
  await second.close()
  // The restart did not seed a second time: the event emitted before the restart is still the last one.
  expect((JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[] }).events).toHaveLength(
    events.events.length,
  )
})
