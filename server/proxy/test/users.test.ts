import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { ensureFirstAdmin } from '../auth/first-admin.ts'
import { UserStore } from '../auth/users-store.ts'
import { runUsersCli } from '../users-cli.ts'
import { startTestConsole, tempDir, testConfig } from './harness.ts'

test('the users CLI adds a user and resets a password; the new password signs in', async () => {
  const config = await testConfig(null)
  const output: string[] = []
  const print = (line: string) => output.push(line)
  expect(await runUsersCli(['add', 'olga', '--role', 'admin'], print, config.dataDir)).toBe(0)
  const first = /Password \(shown once\): (\S+)/.exec(output.join('\n'))?.[1] ?? ''
  expect(await runUsersCli(['add', 'olga'], print, config.dataDir)).toBe(1)
  expect(await runUsersCli(['reset-password', 'olga'], print, config.dataDir)).toBe(0)
  const second = [...output.join('\n').matchAll(/Password \(shown once\): (\S+)/g)].at(-1)?.[1] ?? ''
  expect(second).not.toBe(first)
  expect(await runUsersCli(['add', '../etc'], print, config.dataDir)).toBe(2)
  expect(await runUsersCli(['add', 'x', '--role', 'root'], print, config.dataDir)).toBe(2)

  const proxy = await startTestConsole(config)
  try {
    await expect(proxy.signIn('olga', first)).rejects.toThrow(/401/)
    const cookie = await proxy.signIn('olga', second)
    expect((await proxy.call('/api/session', { cookie })).json()).toMatchObject({
      user: { username: 'olga', role: 'admin' },
    })
  } finally {
    await proxy.close()
  }
})

test('reset-password, set-role, end-sessions and remove sign the user out of a running console at once', async () => {
  const config = await testConfig(null)
  const output: string[] = []
  const cli = (...argv: string[]) => runUsersCli(argv, (line) => output.push(line), config.dataDir)
  const password = () => [...output.join('\n').matchAll(/Password \(shown once\): (\S+)/g)].at(-1)?.[1] ?? ''
  expect(await cli('add', 'olga', '--role', 'admin')).toBe(0)
  const proxy = await startTestConsole(config)
  try {
    const status = async (cookie: string) => (await proxy.call('/api/session', { cookie })).status
    const admin = await proxy.signIn()
    for (const command of [
      ['reset-password', 'olga'],
      ['set-role', 'olga', 'viewer'],
      ['end-sessions', 'olga'],
      ['remove', 'olga'],
    ]) {
      const cookies = [await proxy.signIn('olga', password()), await proxy.signIn('olga', password())]
      // Each session was just read, so the proxy holds it in its one-second cache.
      expect(await Promise.all(cookies.map(status))).toEqual([200, 200])
      const printed = output.length
      expect(await cli(...command)).toBe(0)
      expect(await Promise.all(cookies.map(status)), command[0]).toEqual([401, 401])
      expect(output.slice(printed).join('\n')).toMatch(/every session of (theirs|"olga") has ended/i)
      const files = await readdir(join(config.dataDir, 'sessions'))
      const owners = await Promise.all(
        files.map(
          async (file) => JSON.parse(await readFile(join(config.dataDir, 'sessions', file), 'utf8')).username,
        ),
      )
      expect(
        owners.filter((owner) => owner === 'olga'),
        command[0],
      ).toEqual([])
    }
    expect(await status(admin)).toBe(200)
    expect(output.join('\n')).not.toContain('stay valid')
    await expect(proxy.signIn('olga', password())).rejects.toThrow(/401/)
    expect(await cli('set-role', 'admin', 'root')).toBe(2)
    expect(await cli('end-sessions', 'nobody')).toBe(1)
  } finally {
    await proxy.close()
  }
})

test('first start creates admin with a generated password printed once; later starts print nothing', async () => {
  const users = new UserStore(await tempDir(), 2 ** 12)
  const printed: string[] = []
  await ensureFirstAdmin(users, undefined, (line) => printed.push(line))
  const password = /shown once\): (\S+)/.exec(printed.join('\n'))?.[1] ?? ''
  expect(password.length).toBeGreaterThanOrEqual(20)
  expect(await users.authenticate('admin', password)).toMatchObject({ role: 'admin' })
  await ensureFirstAdmin(users, undefined, (line) => printed.push(line))
  expect(printed).toHaveLength(1)
})

test('ADMIN_PASSWORD creates admin, and later sets it again for scripted use', async () => {
  const users = new UserStore(await tempDir(), 2 ** 12)
  const printed: string[] = []
  await ensureFirstAdmin(users, 'first-scripted-password', (line) => printed.push(line))
  await ensureFirstAdmin(users, 'second-scripted-password', (line) => printed.push(line))
  expect(printed).toEqual([])
  expect(await users.authenticate('admin', 'first-scripted-password')).toBeNull()
  expect(await users.authenticate('admin', 'second-scripted-password')).not.toBeNull()
  const stored = JSON.stringify(await users.list())
  expect(stored).not.toContain('second-scripted-password')
  expect(stored).toMatch(/scrypt\$/)
})
