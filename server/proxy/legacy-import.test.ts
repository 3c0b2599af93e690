// The file stores of versions before the database (users.json, sessions/<sha256>.json, audit.jsonl) are
// imported once, on the console's first start on either engine, and set aside; old cookies keep working.
import { randomBytes } from 'node:crypto'
import { access, mkdir, readdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sign } from '@fastify/cookie'
import { afterAll, describe, expect, test } from 'vitest'
import { bothEngines } from '../../testing/databases.ts'
import { startStack, type InProcessStack } from '../../testing/stack.ts'
import { hashPassword } from './auth/passwords.ts'
import { handleOf } from './auth/session-store.ts'
import { SESSION_COOKIE } from './auth/session.ts'

const engines = bothEngines()
const running = new Set<InProcessStack>()
afterAll(async () => {
  for (const stack of running) await stack.close()
})
async function stop(stack: InProcessStack) {
  running.delete(stack)
  await stack.close()
}

const legacyFiles = ['users.json', 'sessions', 'audit.jsonl']
const sessionSecret = randomBytes(32).toString('base64url')
const adaPassword = 'ada-legacy-password-1'

/** DATA_DIR as an earlier version left it: two users, a live session of ada's, and an audit trail cut short. */
async function writeLegacyFiles(dataDir: string): Promise<{ cookie: string; targets: string[] }> {
  const now = Date.now()
  await writeFile(
    join(dataDir, 'users.json'),
    JSON.stringify({
      users: [
        {
          username: 'ada',
          role: 'admin',
          passwordHash: await hashPassword(adaPassword, 2 ** 12),
          createdAt: '2026-01-05T10:00:00.000Z',
          sessionEpoch: 2,
        },
        {
          username: 'bob',
          role: 'viewer',
          passwordHash: await hashPassword('bob-legacy-password-1', 2 ** 12),
          createdAt: '2026-02-05T10:00:00.000Z',
        },
      ],
    }),
  )
  // The earlier version kept its cookie key here, as the zero-config console still does.
  await writeFile(join(dataDir, 'session-secret'), `${sessionSecret}\n`, { mode: 0o600 })
  const id = randomBytes(32).toString('base64url')
  await mkdir(join(dataDir, 'sessions'))
  await writeFile(
    join(dataDir, 'sessions', `${handleOf(id)}.json`),
    JSON.stringify({
      username: 'ada',
      accountId: 'emulator',
      createdAt: now - 3600_000,
      lastSeenAt: now - 60_000,
      sessionEpoch: 2,
    }),
  )
  // A session of a user who is gone, and a file that is not a session: neither is imported.
  await writeFile(
    join(dataDir, 'sessions', `${handleOf('gone')}.json`),
    JSON.stringify({ username: 'carol', accountId: 'emulator', createdAt: now, lastSeenAt: now }),
  )
  await writeFile(join(dataDir, 'sessions', 'notes.txt'), 'not a session')
  const targets = ['webhook-endpoints/legacy-1', 'webhook-endpoints/legacy-2', 'users/bob']
  const lines = targets.map((target, n) =>
    JSON.stringify({
      at: `2026-03-0${n + 1}T09:00:00.000Z`,
      username: 'ada',
      accountId: 'emulator',
      action: target.startsWith('users/') ? 'user.create' : 'endpoint.update',
      target,
      status: 200,
    }),
  )
  // The earlier version was killed mid-append: its last line is cut short.
  const cut = JSON.stringify({ at: '2026-03-09T09:00:00.000Z', username: 'ada', action: 'endpoint.delete' })
  await writeFile(join(dataDir, 'audit.jsonl'), `${lines.join('\n')}\n${cut.slice(0, 40)}`)
  return { cookie: `${SESSION_COOKIE}=${encodeURIComponent(sign(id, sessionSecret))}`, targets }
}

describe.each(engines)('on %s', (_engine, fresh) => {
  test(
    'imported once on first start, set aside, old cookies kept, never twice (even if the rename was lost)',
    { timeout: 60_000 },
    async () => {
      const database = await fresh()
      const { dataDir, env } = database
      // The console opens the database itself (the embedded engine has one owner).
      await database.close()
      const { cookie, targets } = await writeLegacyFiles(dataDir)
      const start = async () => {
        const stack = await startStack({ console: { run: 'in-process' }, dataDir, env })
        running.add(stack)
        return stack
      }
      const stateOf = async (stack: InProcessStack) => {
        const db = stack.console.database
        const audit = await db
          .selectFrom('audit')
          .select(['target', 'action', 'at', 'account_label'])
          .where('target', 'in', [...targets, 'webhook-endpoints/legacy-cut'])
          .orderBy('id')
          .execute()
        const users = await db.selectFrom('users').select(['username', 'role', 'session_epoch']).execute()
        const sessions = await db.selectFrom('sessions').select(['username']).execute()
        const imports = await db
          .selectFrom('legacy_imports')
          .select(['file', 'rows'])
          .orderBy('file')
          .execute()
        return { audit, users, sessions, imports }
      }
      const expectSetAside = async () => {
        const entries = await readdir(dataDir)
        for (const file of legacyFiles) {
          expect(entries).not.toContain(file)
          expect(entries).toContain(`${file}.imported`)
        }
      }

      const first = await start()
      const imported = await stateOf(first)
      expect(imported.audit.map((row) => row.target)).toEqual(targets)
      expect(imported.audit[0]).toMatchObject({
        action: 'endpoint.update',
        at: new Date('2026-03-01T09:00:00Z'),
      })
      expect(imported.users).toEqual(
        expect.arrayContaining([
          { username: 'ada', role: 'admin', session_epoch: 2 },
          { username: 'bob', role: 'viewer', session_epoch: 0 },
        ]),
      )
      expect(imported.sessions).toEqual([{ username: 'ada' }])
      expect(imported.imports).toEqual([
        { file: 'audit.jsonl', rows: 3 },
        { file: 'sessions', rows: 1 },
        { file: 'users.json', rows: 2 },
      ])
      await expectSetAside()
      // The cookie the earlier version set still signs ada in: same key, row keyed as the file was named.
      const session = await first.call('/api/session', { cookie })
      expect(session.status, session.text).toBe(200)
      expect(session.json()).toMatchObject({ user: { username: 'ada', role: 'admin' } })
      // And so does her password.
      expect(await first.signIn('ada', adaPassword)).toContain(SESSION_COOKIE)
      await stop(first)

      // A plain restart reads nothing again.
      const second = await start()
      const again = await stateOf(second)
      expect(again.audit).toEqual(imported.audit)
      expect(again.imports).toEqual(imported.imports)
      await stop(second)

      // Killed after the import committed but before the rename: the files are back where they were.
      for (const file of legacyFiles) await rename(join(dataDir, `${file}.imported`), join(dataDir, file))
      const third = await start()
      const afterCrash = await stateOf(third)
      expect(afterCrash.audit, 'imported twice').toEqual(imported.audit)
      expect(afterCrash.users.length).toBe(again.users.length)
      expect(afterCrash.imports).toEqual(imported.imports)
      expect((await third.call('/api/session', { cookie })).status).toBe(200)
      // …and the files already imported are set aside this time, not left to be read at every start.
      await expectSetAside()
      await access(join(dataDir, 'session-secret'))
    },
  )
})
