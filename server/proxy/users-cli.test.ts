import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { startStack } from '../../testing/stack.ts'
import { runUsersCli } from './users-cli.ts'

const tempDir = () => mkdtemp(join(tmpdir(), 'users-test-'))

test('the users CLI adds a user and resets a password; the new password signs in', async () => {
  const dataDir = await tempDir()
  const output: string[] = []
  const print = (line: string) => output.push(line)
  expect(await runUsersCli(['add', 'olga', '--role', 'admin'], print, dataDir)).toBe(0)
  const first = /Password \(shown once\): (\S+)/.exec(output.join('\n'))?.[1] ?? ''
  expect(await runUsersCli(['add', 'olga'], print, dataDir)).toBe(1)
  expect(await runUsersCli(['reset-password', 'olga'], print, dataDir)).toBe(0)
  const second = [...output.join('\n').matchAll(/Password \(shown once\): (\S+)/g)].at(-1)?.[1] ?? ''
  expect(second).not.toBe(first)
  expect(await runUsersCli(['add', '../etc'], print, dataDir)).toBe(2)
  expect(await runUsersCli(['add', 'x', '--role', 'root'], print, dataDir)).toBe(2)

  const stack = await startStack({ console: { run: 'in-process' }, dataDir })
  try {
    await expect(stack.signIn('olga', first)).rejects.toThrow(/401/)
    const cookie = await stack.signIn('olga', second)
    expect((await stack.call('/api/session', { cookie })).json()).toMatchObject({
      user: { username: 'olga', role: 'admin' },
    })
  } finally {
    await stack.close()
  }
})

test('reset-password, set-role, end-sessions and remove sign the user out of a running console at once', async () => {
  const dataDir = await tempDir()
  const output: string[] = []
  const cli = (...argv: string[]) => runUsersCli(argv, (line) => output.push(line), dataDir)
  const password = () => [...output.join('\n').matchAll(/Password \(shown once\): (\S+)/g)].at(-1)?.[1] ?? ''
  expect(await cli('add', 'olga', '--role', 'admin')).toBe(0)
  const stack = await startStack({ console: { run: 'in-process' }, dataDir })
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
      // Each session was just read, so the proxy holds it in its one-second cache.
      expect(await Promise.all(cookies.map(status))).toEqual([200, 200])
      const printed = output.length
      expect(await cli(...command)).toBe(0)
      expect(await Promise.all(cookies.map(status)), command[0]).toEqual([401, 401])
      expect(output.slice(printed).join('\n')).toMatch(/every session of (theirs|"olga") has ended/i)
      const files = await readdir(join(dataDir, 'sessions'))
      const owners = await Promise.all(
        files.map(
          async (file) => JSON.parse(await readFile(join(dataDir, 'sessions', file), 'utf8')).username,
        ),
      )
      expect(
        owners.filter((owner) => owner === 'olga'),
        command[0],
      ).toEqual([])
    }
    expect(await status(admin)).toBe(200)
    expect(output.join('\n')).not.toContain('stay valid')
    await expect(stack.signIn('olga', password())).rejects.toThrow(/401/)
    expect(await cli('set-role', 'admin', 'root')).toBe(2)
    expect(await cli('end-sessions', 'nobody')).toBe(1)
  } finally {
    await stack.close()
  }
})
