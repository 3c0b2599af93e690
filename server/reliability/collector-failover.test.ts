// Two replicas on one PostgreSQL, both running the history collector: exactly one collects the account at a
// time, and killing it (SIGKILL, no goodbye) moves the collection to the other within 30 s, with no gap in
// the history: what happened while neither collected is read afterwards.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { eventually } from '../../testing/eventually.ts'
import { startLucca, type Lucca } from '../../testing/lucca.ts'
import { createDatabase, startPostgres, type TestPostgres } from '../../testing/postgres.ts'
import { startStack, type ProcessStack } from '../../testing/stack.ts'

let postgres: TestPostgres
let lucca: Lucca
let databaseUrl: string
const replicas: ProcessStack[] = []
const replica = (index: number): ProcessStack => {
  const stack = replicas[index]
  if (!stack) throw new Error(`no replica ${index}`)
  return stack
}
/** When each replica was first seen holding the collector's lock, by index. */
const leadingSince = new Map<number, number>()

beforeAll(async () => {
  postgres = await startPostgres()
  lucca = await startLucca({ emulator: 'in-process', options: { skipChallenge: true, allowHttp: true } })
  databaseUrl = await createDatabase(postgres, 'failover')
  const env = {
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    COLLECTOR: 'on',
    // Quicker rounds than the default 10 a minute, so the test waits less; the rules are the same.
    COLLECTOR_BUDGET_PER_MINUTE: '20',
  }
  for (const index of [0, 1]) {
    // Each names its connections, so the test sees in pg_locks which replica holds the collector's lock.
    const url = `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}application_name=replica-${index}`
    replicas.push(await startStack({ lucca, env: { ...env, DATABASE_URL: url } }))
  }
  watcher = setInterval(() => {
    void leaders().then((names) => {
      for (const name of names) {
        const index = Number(name.replace('replica-', ''))
        if (!leadingSince.has(index)) leadingSince.set(index, Date.now())
      }
    })
  }, 250)
}, 120_000)

let watcher: NodeJS.Timeout | undefined

/** The replicas holding a collector lock now (server/collector/lease.ts: namespace 20261214). */
async function leaders(): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      `select a.application_name as name from pg_locks l join pg_stat_activity a on a.pid = l.pid
       where l.locktype = 'advisory' and l.classid = 20261214 and l.granted`,
    )
    return rows.map((row) => row.name)
  } finally {
    await client.end()
  }
}

afterAll(async () => {
  clearInterval(watcher)
  await Promise.all(replicas.map((stack) => stack.close()))
  await lucca?.close()
  await postgres?.close()
})

async function historyDeliveries(): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: string }>('select id from lucca_deliveries')
    return new Set(rows.map((row) => row.id))
  } finally {
    await client.end()
  }
}

async function luccaDeliveries(): Promise<Set<string>> {
  const ids = new Set<string>()
  let next: string | null = '/webhook-deliveries?limit=100&include=links'
  while (next) {
    const page = (await replica(0).emulator.api('GET', next)).json as {
      items: { id: string }[]
      links: { next: { href: string } | null }
    }
    for (const item of page.items) ids.add(item.id)
    const href = page.links.next?.href
    next = href ? new URL(href).pathname.replace('/lucca-api', '') + new URL(href).search : null
  }
  return ids
}

const emit = (n: number) =>
  replica(0).emulator.emitEvent({ topic: 'employee.created', data: { id: n, firstName: 'Camille' } })

test('one replica collects; killed, the other takes over within 30 s and the history has no gap', async () => {
  const created = await replica(0).emulator.api('POST', '/webhook-endpoints', {
    name: 'Payroll sync',
    webhookUrl: 'http://127.0.0.1:9/hooks/payroll',
    topics: ['employee.created'],
    status: 'active',
  })
  expect(created.status).toBe(201)
  for (let n = 1; n <= 3; n += 1) await emit(n)

  await eventually(async () => expect(leadingSince.size).toBe(1), 30_000)
  // Exactly one, and it stays one: the other keeps trying and failing for the lock.
  await new Promise((resolve) => setTimeout(resolve, 12_000))
  expect(await leaders()).toHaveLength(1)
  const leader = [...leadingSince.keys()][0] ?? -1
  const other = leader === 0 ? 1 : 0
  await eventually(async () => expect((await historyDeliveries()).size).toBe(3), 60_000, 1_000)

  const killedAt = Date.now()
  replica(leader).console.child.process.kill('SIGKILL')
  await replica(leader).console.child.exited
  // What happens while no one collects must still reach the history.
  for (let n = 4; n <= 6; n += 1) await emit(n)

  await eventually(async () => expect(leadingSince.has(other)).toBe(true), 30_000, 250)
  expect((leadingSince.get(other) ?? Infinity) - killedAt).toBeLessThan(30_000)
  for (let n = 7; n <= 8; n += 1) await emit(n)
  const expected = await luccaDeliveries()
  expect(expected.size).toBe(8)
  await eventually(async () => expect(await historyDeliveries()).toEqual(expected), 90_000, 1_000)
}, 240_000)
