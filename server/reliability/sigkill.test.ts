// SIGKILL mid-write: the console process dies at once under audited writes, with no chance to tidy up. The
// database it leaves (PostgreSQL, or the embedded engine's files in DATA_DIR) holds whole rows only, every
// write it answered, and a new console starts on it and serves.
import { access, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { auditActions } from '../../contract/console-audit-api.ts'
import { openDatabase } from '../db/database.ts'
import { eventually } from '../../testing/eventually.ts'
import { createDatabase, startPostgres, type TestPostgres } from '../../testing/postgres.ts'
import { startStack, type ProcessStack } from '../../testing/stack.ts'
import { freshDataDir } from '../../testing/embedded-template.ts'

let postgres: TestPostgres
const dirs: string[] = []
const stacks: ProcessStack[] = []

beforeAll(async () => {
  postgres = await startPostgres()
}, 60_000)

afterAll(async () => {
  for (const stack of stacks) await stack.close()
  await postgres?.close()
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

interface Written {
  /** Endpoint ids whose notes PUT was answered 200: each must have its audit row. */
  notes: string[]
  /** Users whose creation was answered 201. */
  users: string[]
  refused: string[]
  signOuts: number
  sent: number
}

/** Writers until the process dies: notes PUTs (each to its own endpoint id), user creations, sign-in/out. */
function writeLoad(stack: ProcessStack, cookie: string) {
  const written: Written = { notes: [], users: [], refused: [], signOuts: 0, sent: 0 }
  let dead = false
  void stack.console.child.exited.then(() => (dead = true))
  const notesWriter = async (client: number) => {
    for (let n = 0; !dead; n++) {
      const id = `kill-${client}-${n}`
      written.sent++
      const answer = await stack
        .call(`/api/endpoint-notes/${id}`, {
          method: 'PUT',
          cookie,
          body: { description: `d ${id}`, ownerName: 'Ops', ownerEmail: null, notes: `n ${id}` },
        })
        .catch(() => null)
      if (answer?.status === 200) written.notes.push(id)
    }
  }
  const usersWriter = async () => {
    for (let n = 0; !dead; n++) {
      const username = `killed-${n}`
      const answer = await stack
        .call('/api/users', { method: 'POST', cookie, body: { username, role: 'viewer' } })
        .catch(() => null)
      if (answer?.status === 201) written.users.push(username)
      else written.refused.push(`${username}: ${answer?.status ?? 'no answer'} ${answer?.text ?? ''}`)
    }
  }
  const signer = async () => {
    while (!dead) {
      const own = await stack.signIn().catch(() => null)
      if (!own) continue
      const out = await stack.call('/api/session', { method: 'DELETE', cookie: own }).catch(() => null)
      if (out?.status === 204) written.signOuts++
    }
  }
  const running = Promise.all([...[0, 1, 2, 3, 4, 5].map(notesWriter), usersWriter(), signer()])
  return { written, done: running }
}

const engines = [
  ['PostgreSQL', async () => ({ DATABASE_URL: await createDatabase(postgres, 'sigkill') })],
  ['the embedded engine', () => Promise.resolve({} as Record<string, string>)],
] as const

describe.each(engines)('on %s', (engine, envOf) => {
  test(
    'SIGKILL mid-write leaves whole rows, every answered write, and a database a new console serves',
    { timeout: 120_000 },
    async () => {
      const dataDir = await freshDataDir('sigkill-')
      dirs.push(dataDir)
      const env = await envOf()
      const first = await startStack({ dataDir, env })
      stacks.push(first)
      const cookie = await first.signIn()
      const load = writeLoad(first, cookie)
      // Once writes of every kind have been answered (scrypt makes users and sign-ins slow on a busy
      // machine), so that more of each are in flight when the signal lands.
      await eventually(
        () => {
          const { notes, users, signOuts } = load.written
          expect(notes.length > 10 && users.length > 0 && signOuts > 0, JSON.stringify(load.written)).toBe(
            true,
          )
          return Promise.resolve()
        },
        60_000,
        100,
      )
      first.console.child.process.kill('SIGKILL')
      expect(await first.console.child.exited).toBe('SIGKILL')
      await load.done
      const { written } = load
      const signOuts = written.signOuts

      if (engine === 'the embedded engine') {
        // The dead process's lock is still there: opening the files must take it over, not refuse.
        await access(join(dataDir, 'database.lock'))
      }
      const database = await openDatabase({ url: env.DATABASE_URL, dataDir })
      try {
        const { db } = database
        const audit = await db.selectFrom('audit').selectAll().execute()
        for (const row of audit) {
          expect(row, JSON.stringify(row)).toMatchObject({
            at: expect.any(Date) as unknown,
            username: expect.stringMatching(/./) as unknown,
            account_id: expect.stringMatching(/./) as unknown,
            account_label: expect.stringMatching(/./) as unknown,
            target: expect.stringMatching(/./) as unknown,
            status: expect.any(Number) as unknown,
          })
          expect(auditActions).toContain(row.action)
        }
        // Every notes write the console answered is there once with its audit row; none is there twice.
        const notesTargets = audit.filter((row) => row.action === 'endpoint.notes').map((row) => row.target)
        expect(new Set(notesTargets).size, 'an audit row written twice').toBe(notesTargets.length)
        const missing = written.notes.filter((id) => !notesTargets.includes(`webhook-endpoints/${id}`))
        expect(missing, `answered 200 but not audited (of ${written.notes.length})`).toEqual([])
        const notes = await db.selectFrom('endpoint_notes').selectAll().execute()
        for (const id of written.notes)
          expect(notes.find((row) => row.endpoint_id === id)).toMatchObject({ notes: `n ${id}` })
        // A note no audit row tells of is a change the trail missed.
        const unaudited = notes.filter(
          (row) => !notesTargets.includes(`webhook-endpoints/${row.endpoint_id}`),
        )
        expect(
          unaudited.map((row) => row.endpoint_id),
          'notes saved with no audit row',
        ).toEqual([])

        const users = await db.selectFrom('users').selectAll().execute()
        const names = users.map((user) => user.username)
        for (const username of written.users) expect(names).toContain(username)
        for (const user of users) {
          expect(user.password_hash).toMatch(/./)
          expect(['admin', 'viewer']).toContain(user.role)
        }
        const orphans = await sql<{ count: string }>`
          select count(*) as count from sessions s left join users u on u.username = s.username
          where u.username is null or s.epoch > u.session_epoch`.execute(db)
        expect(orphans.rows[0]?.count).toBe('0')
        // Every user created is audited (the last one may have been cut between the two).
        const created = new Set(audit.filter((row) => row.action === 'user.create').map((row) => row.target))
        for (const username of written.users) expect(created).toContain(`users/${username}`)
        // …and so is every user there, answered or not: the row and its audit row commit together.
        for (const { username } of users)
          if (username !== 'admin') expect(created, 'a user with no audit row').toContain(`users/${username}`)
        const out = audit.filter((row) => row.action === 'session.sign-out').length
        expect(out).toBeGreaterThanOrEqual(signOuts)
        console.info(
          `${engine}: SIGKILL after ${written.notes.length} notes, ${written.users.length} users and ` +
            `${signOuts} sign-outs answered; ${audit.length} audit rows, ${notes.length} notes, ${users.length} users`,
        )
      } finally {
        await database.close()
      }

      const second = await startStack({ dataDir, env })
      stacks.push(second)
      const again = await second.signIn()
      const saved = await second.call('/api/endpoint-notes/after-kill', {
        method: 'PUT',
        cookie: again,
        body: { description: null, ownerName: null, ownerEmail: null, notes: 'after' },
      })
      expect(saved.status, saved.text).toBe(200)
      const trail = await second.call('/api/audit?action=endpoint.notes&limit=1', { cookie: again })
      expect(trail.status).toBe(200)
      expect(trail.json()).toMatchObject({ items: [{ target: 'webhook-endpoints/after-kill' }] })
      const first200 = written.notes[0] ?? ''
      const kept = await second.call(`/api/endpoint-notes/${first200}`, { cookie: again })
      expect(kept.json()).toMatchObject({ notes: `n ${first200}` })
    },
  )
})
