import { access } from 'node:fs/promises'
import { expect, test } from 'vitest'
import { z } from 'zod'
import { startStack } from './stack.ts'

const List = z.object({ items: z.array(z.object({ id: z.string(), webhookUrl: z.string() })) })
const alive = (pid: number) => {
  try {
    return process.kill(pid, 0)
  } catch {
    return false
  }
}

test('by default: main.ts in its own process on the embedded emulator and receiver; close() stops it all', async () => {
  const stack = await startStack()
  try {
    expect(stack.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const cookie = await stack.signIn()
    expect((await stack.call('/api/session', { cookie })).json()).toMatchObject({
      activeAccountId: 'emulator',
    })
    await stack.emulator.reset({ seed: true })
    const seeded = List.parse((await stack.call('/lucca-api/webhook-endpoints', { cookie })).json())
    expect(seeded.items[0]?.webhookUrl.startsWith(stack.receiverUrl)).toBe(true)
    // The receiver's certificate was made in the child; its control calls still verify TLS (pinned).
    await stack.receiver.setSwitch('stack-test', 503)
    expect(await stack.receiver.requests('/nothing-yet')).toEqual([])
  } finally {
    await stack.close()
  }
  expect(await stack.console.child.exited).toBe(0)
  expect(alive(stack.console.child.pid)).toBe(false)
  await expect(access(stack.dataDir)).rejects.toThrow()
})

test('in process, on a separate emulator behind a tap: a configured account, its wire recorded', async () => {
  const stack = await startStack({
    console: { run: 'in-process' },
    lucca: { emulator: 'in-process', options: { seed: true }, tap: {} },
  })
  const cookie = await stack.signIn()
  expect((await stack.call('/lucca-api/webhook-endpoints?limit=2', { cookie })).status).toBe(200)
  const session = (await stack.call('/api/session', { cookie })).json()
  expect(session).toMatchObject({ activeAccountId: 'default', accounts: [{ environment: 'emulator' }] })
  const calls = stack.tap?.requests().map((request) => `${request.method} ${request.url} ${request.status}`)
  expect(calls).toEqual(['POST /connect/token 200', 'GET /lucca-api/webhook-endpoints?limit=2 200'])
  expect(stack.tap?.requests()[1]?.headers.authorization).toMatch(/^Bearer \S+$/)
  await stack.emulator.advanceClock(7200)
  expect(stack.lucca?.instance?.clock.now()).toBeGreaterThan(Date.now() + 7000_000)
  await stack.close()
  expect(stack.console.watch.logs.length).toBeGreaterThan(0)
  expect(stack.console.watch.leaks()).toEqual([])
})

test('an emulator in its own process, and a second stack on it through a tap with a control API', async () => {
  const first = await startStack({
    lucca: { emulator: 'process', tap: { scope: 'token' } },
    unthrottled: true,
  })
  try {
    expect((await first.call('/lucca-api/webhook-endpoints', { cookie: await first.signIn() })).status).toBe(
      200,
    )
    // Only the token URL goes through this tap.
    expect(first.tap?.requests().map((request) => request.url)).toEqual(['/connect/token'])
    const second = await startStack({
      console: { run: 'in-process' },
      lucca: { emulator: { url: first.emulatorUrl, receiverUrl: first.receiverUrl }, tap: { control: true } },
    })
    try {
      expect((await second.call('/lucca-api/events', { cookie: await second.signIn() })).status).toBe(200)
      const count = await fetch(`${second.tap?.url}/_tap/count?path=%2Flucca-api%2Fevents`)
      expect(await count.json()).toEqual({ count: 1 })
    } finally {
      await second.close()
    }
    // The second stack did not own the first one's emulator: it still answers.
    expect((await fetch(`${first.emulatorUrl}/_emulator/clock`)).status).toBe(200)
  } finally {
    await first.close()
  }
})

test('a console that cannot start fails with the reason it gave', async () => {
  await expect(startStack({ env: { SESSION_IDLE_MINUTES: 'soon' } })).rejects.toThrow(/SESSION_IDLE_MINUTES/)
})
