import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { bothEngines } from '../../testing/databases.ts'
import { startStack } from '../../testing/stack.ts'
import { runUsersCli } from './users-cli.ts'

const tempDir = () => mkdtemp(join(tmpdir(), 'users-test-'))
const [postgres] = bothEngines()

test(
  'the users CLI adds a user and resets a password; the new password signs in',
  { timeout: 60_000 },
  async () => {
    const dataDir = await tempDir()
    const output: string[] = []
    const cli = (...argv: string[]) => runUsersCli(argv, (line) => output.push(line), { dataDir })
    expect(await cli('add', 'olga', '--role', 'admin')).toBe(0)
    const first = /Password \(shown once\): (\S+)/.exec(output.join('\n'))?.[1] ?? ''
    expect(await cli('add', 'olga')).toBe(1)
    expect(output.at(-1)).toMatch(/already exists/)
    expect(await cli('reset-password', 'olga')).toBe(0)
    const second = [...output.join('\n').matchAll(/Password \(shown once\): (\S+)/g)].at(-1)?.[1] ?? ''
    expect(second).not.toBe(first)
    expect(await cli('add', '../etc')).toBe(2)
    expect(await cli('add', 'x', '--role', 'root')).toBe(2)

    const stack = await startStack({ console: { run: 'in-process' }, dataDir })
    try {
      await expect(stack.signIn('olga', first)).rejects.toThrow(/401/)
      const cookie = await stack.signIn('olga', second)
      expect((await stack.call('/api/session', { cookie })).json()).toMatchObject({
        user: { username: 'olga', role: 'admin' },
      })
      // The embedded database has one owner: while the console runs, the CLI says where to go instead.
      expect(await cli('list')).toBe(1)
      expect(output.slice(-2).join('\n')).toMatch(/in use by another console.*Users page/s)
    } finally {
      await stack.close()
    }
  },
)

test(
  'on PostgreSQL, reset-password, set-role, end-sessions and remove sign the user out of a running console at once',
  { timeout: 120_000 },
  async () => {
    const [, fresh] = postgres ?? []
    if (!fresh) throw new Error('no PostgreSQL engine')
    const database = await fresh()
    const databaseUrl = database.env.DATABASE_URL
    const dataDir = await tempDir()
    const output: string[] = []
    const cli = (...argv: string[]) =>
      runUsersCli(argv, (line) => output.push(line), { dataDir, databaseUrl })
    const password = () =>
      [...output.join('\n').matchAll(/Password \(shown once\): (\S+)/g)].at(-1)?.[1] ?? ''
    expect(await cli('add', 'olga', '--role', 'admin')).toBe(0)
    const stack = await startStack({ console: { run: 'in-process' }, dataDir, env: database.env })
    try {
      const status = async (cookie: string) => (await stack.call('/api/session', { cookie })).status
      const admin = await stack.signIn()
      for (const command of [
        ['reset-password', 'olga'],
        ['set-role', 'olga', 'viewer'],
        ['end-sessions', 'olga'],
        ['remove', 'olga'],
      ]) {
        const cookies = [await stack.signIn('olga', password()), await stack.signIn('olga', password())]
        expect(await Promise.all(cookies.map(status))).toEqual([200, 200])
        const printed = output.length
        expect(await cli(...command)).toBe(0)
        expect(await Promise.all(cookies.map(status)), command[0]).toEqual([401, 401])
        expect(output.slice(printed).join('\n')).toMatch(/every session of (theirs|"olga") has ended/i)
        const left = await database.db
          .selectFrom('sessions')
          .select('username')
          .where('username', '=', 'olga')
          .execute()
        expect(left, command[0]).toEqual([])
      }
      expect(await status(admin)).toBe(200)
      await expect(stack.signIn('olga', password())).rejects.toThrow(/401/)
      expect(await cli('set-role', 'admin', 'root')).toBe(2)
      expect(await cli('end-sessions', 'nobody')).toBe(1)
      expect(await cli('remove', 'admin')).toBe(1)
      expect(output.at(-1)).toMatch(/last admin/)
    } finally {
      await stack.close()
    }
  },
)
