// Restart: `npm start`'s own process (server/proxy/main.ts) is stopped with SIGTERM while requests are in
// flight, then started again on the same DATA_DIR.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { launchConsole, type ConsoleProcess } from '../../bench/harness/console.ts'
import { consoleClient } from '../../bench/harness/console-client.ts'
import { configureEmulator } from '../../bench/harness/emulator-control.ts'
import { staticFixture } from '../../bench/harness/static-fixture.ts'

let dataDir = ''
let staticDir = ''
const running: ConsoleProcess[] = []

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'reliability-restart-'))
  staticDir = await staticFixture()
})

afterAll(async () => {
  await Promise.all(running.map((proxy) => proxy.child.stop()))
  await rm(dataDir, { recursive: true, force: true })
  await rm(staticDir, { recursive: true, force: true })
})

async function start() {
  const proxy = await launchConsole({ dataDir, staticDir, fileStore: true })
  running.push(proxy)
  return proxy
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
    const admin = await consoleClient(first.url, first.admin)
    const created = await admin.post('/lucca-api/webhook-endpoints', {
      name: 'Survives restarts',
      webhookUrl: `${first.receiverUrl}/ok`,
      topics: ['employee.created'],
      status: 'inactive',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { id } = Created.parse(created.body)

    // Slow Lucca down so the requests are still in flight when the signal arrives.
    await configureEmulator(first.emulatorUrl, { latencyMs: 1500 })
    const inFlight = [1, 2, 3, 4, 5].map((n) => admin.get(`/lucca-api/webhook-endpoints?limit=${n}`))
    await new Promise((resolve) => setTimeout(resolve, 500))
    first.child.process.kill('SIGTERM')
    const answers = await Promise.all(inFlight)
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200])
    expect(await first.child.exited).toBe(0)

    const second = await start()
    const again = await consoleClient(second.url, second.admin)
    const audit = AuditPage.parse((await again.get('/api/audit?limit=50')).body)
    expect(audit.items).toContainEqual(expect.objectContaining({ action: 'endpoint.create', status: 201 }))
    const endpoint = await again.get(`/lucca-api/webhook-endpoints/${id}`)
    expect(endpoint.status).toBe(200)
    expect(endpoint.body).toMatchObject({ id, name: 'Survives restarts', status: 'inactive' })
  },
)
