import { describe, expect, test } from 'vitest'
import { bothEngines } from '../../../testing/databases.ts'
import { ensureFirstAdmin } from './first-admin.ts'
import { UserStore } from './users-store.ts'

const engines = bothEngines()

describe.each(engines)('on %s', (_name, fresh) => {
  test('first start creates admin with a generated password printed once; later starts print nothing', async () => {
    const users = new UserStore((await fresh()).db, 2 ** 12)
    const printed: string[] = []
    await ensureFirstAdmin(users, undefined, (line) => printed.push(line))
    const password = /shown once\): (\S+)/.exec(printed.join('\n'))?.[1] ?? ''
    expect(password.length).toBeGreaterThanOrEqual(20)
    expect(await users.authenticate('admin', password)).toMatchObject({ role: 'admin' })
    await ensureFirstAdmin(users, undefined, (line) => printed.push(line))
    expect(printed).toHaveLength(1)
  })

  test('ADMIN_PASSWORD creates admin, and later sets it again for scripted use', async () => {
    const users = new UserStore((await fresh()).db, 2 ** 12)
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
})

test('two replicas starting at once on one empty PostgreSQL make one admin, and print one password', async () => {
  const [, fresh] = engines[0] ?? []
  if (!fresh) throw new Error('no PostgreSQL engine')
  const database = await fresh()
  const printed: string[] = []
  const replicas = [new UserStore(database.db, 2 ** 12), new UserStore(database.db, 2 ** 12)]
  await Promise.all(replicas.map((users) => ensureFirstAdmin(users, undefined, (line) => printed.push(line))))
  expect(printed).toHaveLength(1)
  expect((await replicas[0]?.list())?.map((user) => user.username)).toEqual(['admin'])
})
