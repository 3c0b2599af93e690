// Two replicas under load: 200 clients spread over two console processes on one PostgreSQL for 30 s, reads
// mixed with audited writes. No errors, and the audit trail holds exactly one row for every write answered.
import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { load, type LoadResult } from '../../bench/lib/autocannon.ts'
import { openDatabase, type OpenDatabase } from '../db/database.ts'
import { startLucca, type Lucca } from '../../testing/lucca.ts'
import { createDatabase, startPostgres, type TestPostgres } from '../../testing/postgres.ts'
import { startStack, type ProcessStack } from '../../testing/stack.ts'

const clients = 200
const seconds = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 30)
let postgres: TestPostgres
let lucca: Lucca
let databaseUrl = ''
let replicas: ProcessStack[] = []

beforeAll(async () => {
  postgres = await startPostgres()
  // One Lucca both replicas reach, in a process of its own (its own event loop, rate limit off).
  lucca = await startLucca({ emulator: 'process' })
  databaseUrl = await createDatabase(postgres, 'replicas_load')
  const env = { DATABASE_URL: databaseUrl, SESSION_SECRET: randomBytes(32).toString('base64url') }
  replicas = await Promise.all([0, 1].map(() => startStack({ lucca, env, unthrottled: true })))
}, 120_000)

afterAll(async () => {
  await Promise.all(replicas.map((replica) => replica.close()))
  await lucca?.close()
  await postgres?.close()
})

const autocannonTimeoutSeconds = 10
const WriteAnswer = /"notes":"w (load-\d+)"/

test(
  `${clients} clients over two replicas for ${seconds} s: no errors, and one audit row per write answered`,
  { timeout: (seconds + 120) * 1000 },
  async () => {
    const [a, b] = replicas
    if (!a || !b) throw new Error('two replicas are needed')
    // One session, made on A, used on both: the replicas share it through the database.
    const cookie = await a.signIn()
    let next = 0
    const sent: string[] = []
    const answered: string[] = []
    // Writes for `seconds`, then only reads for as long as autocannon waits for an answer (10 s): every write
    // sent is then answered or counted as a timeout, so the trail can be compared with the answers exactly.
    const writeUntil = Date.now() + seconds * 1000
    const answeredOn = [0, 0]
    const run = (replica: ProcessStack, index: number): Promise<LoadResult> =>
      load({
        url: replica.url,
        headers: {
          cookie,
          origin: replica.url,
          'sec-fetch-site': 'same-origin',
          'x-console-request': '1',
        },
        connections: clients / 2,
        durationSeconds: seconds + autocannonTimeoutSeconds,
        // One request in three is an audited write, each to an endpoint id of its own so its row is known.
        requestOf: () => {
          const n = next++
          if (n % 3 === 0 && Date.now() < writeUntil) {
            const id = `load-${n}`
            sent.push(id)
            return {
              method: 'PUT',
              path: `/api/endpoint-notes/${id}`,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                description: null,
                ownerName: null,
                ownerEmail: null,
                notes: `w ${id}`,
              }),
            }
          }
          return {
            method: 'GET',
            path: n % 3 === 1 ? '/api/session' : '/lucca-api/webhook-endpoints?limit=25',
          }
        },
        onResponse: (status, body) => {
          const id = WriteAnswer.exec(body)?.[1]
          if (status !== 200 || !id) return
          answered.push(id)
          answeredOn[index] = (answeredOn[index] ?? 0) + 1
        },
      })
    const results = await Promise.all([run(a, 0), run(b, 1)])
    const report = JSON.stringify(results)
    for (const result of results) {
      expect(result.errors, report).toBe(0)
      expect(result.non2xx, report).toBe(0)
      expect(result.requests, report).toBeGreaterThan(clients)
    }
    expect(a.console.child.process.exitCode).toBeNull()
    expect(b.console.child.process.exitCode).toBeNull()
    const writes = answered.length
    expect(new Set(answered).size, 'a write answered twice').toBe(writes)
    expect(writes, 'writes sent but not answered 200').toBe(sent.length)
    // Both replicas took writes.
    for (const count of answeredOn) expect(count, String(answeredOn)).toBeGreaterThan(clients / 4)

    const database: OpenDatabase = await openDatabase({ url: databaseUrl, dataDir: a.dataDir, poolSize: 1 })
    try {
      const rows = await database.db
        .selectFrom('audit')
        .select(['target', 'username', 'status'])
        .where('action', '=', 'endpoint.notes')
        .where('target', 'like', 'webhook-endpoints/load-%')
        .execute()
      const targets = rows.map((row) => row.target)
      const duplicates = targets.length - new Set(targets).size
      const audited = new Set(targets)
      const answeredTargets = new Set(answered.map((id) => `webhook-endpoints/${id}`))
      const missing = [...answeredTargets].filter((target) => !audited.has(target))
      const unanswered = targets.filter((target) => !answeredTargets.has(target)).length
      console.info(
        `replicas under load: ${results.map((r) => `${r.requests} requests, p99 ${r.p99} ms`).join('; ')}; ` +
          `${sent.length} audited writes sent, ${writes} answered 200, ${rows.length} audit rows`,
      )
      expect({ duplicates, missing: missing.length, unanswered }).toEqual({
        duplicates: 0,
        missing: 0,
        unanswered: 0,
      })
      expect(rows.every((row) => row.username === 'admin' && row.status === 200)).toBe(true)
      const notes = await sql<{ count: string }>`
        select count(*) as count from endpoint_notes where endpoint_id like 'load-%'`.execute(database.db)
      expect(Number(notes.rows[0]?.count)).toBe(writes)
    } finally {
      await database.close()
    }
  },
)
