// PostgreSQL restarted under steady traffic: while it is down every answer is a prompt 503 problem the SPA
// can explain (never a 500, never a hang), the process stays up, and it heals by itself once PostgreSQL is back.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { eventually } from '../../testing/eventually.ts'
import { createDatabase, startPostgres, type TestPostgres } from '../../testing/postgres.ts'
import { startStack, type ProcessStack } from '../../testing/stack.ts'

let postgres: TestPostgres
let stack: ProcessStack

beforeAll(async () => {
  postgres = await startPostgres()
  stack = await startStack({ env: { DATABASE_URL: await createDatabase(postgres, 'restart') } })
}, 90_000)

afterAll(async () => {
  await stack?.close()
  await postgres?.close()
})

interface Sample {
  startedAt: number
  endedAt: number
  status: number | 'no answer'
  contentType: string | null
  retryAfter: string | null
  reason: unknown
}

// Longer than the pool's 5 s connect timeout plus a busy machine's slack: a request this slow is a hang.
const hangMs = 10_000
const clients = 20

/** `clients` loops of GET /api/session until `stop` is set, each answer kept with when it was asked. */
function traffic(cookie: string) {
  const samples: Sample[] = []
  let stopping = false
  const client = async () => {
    while (!stopping) {
      const startedAt = Date.now()
      const sample = await fetch(`${stack.url}/api/session`, {
        headers: { cookie },
        signal: AbortSignal.timeout(hangMs),
      }).then(
        async (response) => {
          const text = await response.text()
          let reason: unknown = null
          if (response.headers.get('content-type')?.startsWith('application/problem+json'))
            reason = (JSON.parse(text) as { extensions?: { reason?: unknown } }).extensions?.reason
          return {
            status: response.status,
            contentType: response.headers.get('content-type'),
            retryAfter: response.headers.get('retry-after'),
            reason,
          }
        },
        () => ({ status: 'no answer' as const, contentType: null, retryAfter: null, reason: null }),
      )
      samples.push({ startedAt, endedAt: Date.now(), ...sample })
      // A tab polls; it does not spin. Also keeps 20 clients from starving the 2-core machine.
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const running = Promise.all(Array.from({ length: clients }, client))
  return {
    samples,
    stop: async () => {
      stopping = true
      await running
    },
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const summary = (samples: Sample[]) => {
  const counts: Record<string, number> = {}
  for (const sample of samples) {
    const key = `${sample.status} ${String(sample.reason ?? '')}`.trim()
    counts[key] = (counts[key] ?? 0) + 1
  }
  return JSON.stringify(counts)
}

test(
  'PostgreSQL stopped mid-load: prompt 503 database-unavailable, no 500, then it heals with no restart',
  { timeout: 90_000 },
  async () => {
    const cookie = await stack.signIn()
    const load = traffic(cookie)
    await sleep(2_000)
    const stoppedAt = Date.now()
    await postgres.stop()
    const downFrom = Date.now()
    await sleep(4_000)
    // A write while it is down is refused the same way (nothing changed), not with a 500.
    const signIn = await stack.call('/api/session', {
      method: 'POST',
      body: { username: stack.admin.username, password: stack.admin.password },
    })
    const downUntil = Date.now()
    await postgres.start()
    const startedAt = Date.now()
    // Heals by itself: the same cookie works again, with no console restart.
    await eventually(async () => expect((await stack.call('/api/session', { cookie })).status).toBe(200))
    const healedAt = Date.now()
    await sleep(3_000)
    await load.stop()
    const { samples } = load
    const all = summary(samples)

    expect(stack.console.child.process.exitCode, stack.console.child.output()).toBeNull()
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200)

    const before = samples.filter((s) => s.endedAt < stoppedAt)
    const down = samples.filter((s) => s.startedAt >= downFrom && s.endedAt <= downUntil)
    const after = samples.filter((s) => s.startedAt >= healedAt + 500)
    expect(before.length, all).toBeGreaterThan(clients)
    expect(down.length, all).toBeGreaterThan(clients)
    expect(after.length, all).toBeGreaterThan(clients)

    // Never a 500, never a request left hanging, whatever the moment.
    expect(
      samples.filter((s) => s.status !== 200 && s.status !== 503),
      all,
    ).toEqual([])
    expect(Math.max(...samples.map((s) => s.endedAt - s.startedAt)), all).toBeLessThan(hangMs)

    expect(
      before.every((s) => s.status === 200),
      all,
    ).toBe(true)
    // While it is down: every answer is the problem the SPA explains, with when to try again.
    for (const sample of [...down, ...samples.filter((s) => s.status === 503)]) {
      expect(sample).toMatchObject({
        status: 503,
        reason: 'database-unavailable',
        retryAfter: '5',
        contentType: expect.stringMatching(/^application\/problem\+json/) as unknown,
      })
    }
    expect(signIn.status, signIn.text).toBe(503)
    expect(signIn.json()).toMatchObject({ extensions: { reason: 'database-unavailable' } })
    // Once back, every request succeeds: no broken connection is kept in the pool to fail later.
    expect(
      after.filter((s) => s.status !== 200),
      all,
    ).toEqual([])
    console.info(
      `PostgreSQL restart: ${samples.length} answers (${all}); down ${downUntil - downFrom} ms, ` +
        `healed ${healedAt - startedAt} ms after start()`,
    )
  },
)
