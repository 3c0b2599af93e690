// Restart: `npm start`'s own process (server/proxy/main.ts) is stopped with SIGTERM while requests are in
// flight, then started again on the same DATA_DIR.
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { startStack, type ProcessStack } from '../../testing/stack.ts'
import { freshDataDir } from '../../testing/embedded-template.ts'

let dataDir = ''
const running: ProcessStack[] = []

beforeAll(async () => {
  dataDir = await freshDataDir('reliability-restart-')
})

afterAll(async () => {
  await Promise.all(running.map((stack) => stack.close()))
  await rm(dataDir, { recursive: true, force: true })
})

async function start() {
  // The embedded emulator keeps its data in DATA_DIR too, as `npm start` does.
  const stack = await startStack({ dataDir, env: { EMULATOR_STORE: 'file' } })
  running.push(stack)
  return stack
}

const Created = z.object({ id: z.string() })
const AuditPage = z.object({
  items: z.array(z.object({ action: z.string(), target: z.string(), status: z.number() })),
})

test(
  'SIGTERM drains in-flight requests, and the audit trail and Lucca data survive a restart',
  { timeout: 90_000 },
  async () => {
    const first = await start()
    const cookie = await first.signIn()
    const created = await first.call('/lucca-api/webhook-endpoints', {
      method: 'POST',
      cookie,
      body: {
        name: 'Survives restarts',
        webhookUrl: `${first.receiverUrl}/ok`,
        topics: ['employee.created'],
        status: 'inactive',
      },
    })
    expect(created.status, created.text).toBe(201)
    const { id } = Created.parse(created.json())

    // Slow Lucca down so the requests are still in flight when the signal arrives.
    await first.emulator.configure({ latencyMs: 1500 })
    const inFlight = [1, 2, 3, 4, 5].map((n) =>
      first.call(`/lucca-api/webhook-endpoints?limit=${n}`, { cookie }),
    )
    await new Promise((resolve) => setTimeout(resolve, 500))
    first.console.child.process.kill('SIGTERM')
    const answers = await Promise.all(inFlight)
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
    expect(await first.console.child.exited).toBe(0)

    const second = await start()
    const again = await second.signIn()
    const audit = AuditPage.parse((await second.call('/api/audit?limit=50', { cookie: again })).json())
    expect(audit.items).toContainEqual(expect.objectContaining({ action: 'endpoint.create', status: 201 }))
    const endpoint = await second.call(`/lucca-api/webhook-endpoints/${id}`, { cookie: again })
    expect(endpoint.status).toBe(200)
    expect(endpoint.json()).toMatchObject({ id, name: 'Survives restarts', status: 'inactive' })
  },
)
