import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { ensureFirstAdmin } from './first-admin.ts'
import { UserStore } from './users-store.ts'

const tempDir = () => mkdtemp(join(tmpdir(), 'first-admin-test-'))

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
