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
