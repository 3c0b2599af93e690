import { describe, expect, test } from 'vitest'
import { bothEngines } from '../../../testing/databases.ts'
import { SessionStore } from './session-store.ts'
import { UserStore } from './users-store.ts'

const engines = bothEngines()
const cost = 2 ** 12

describe.each(engines)('on %s', (_name, fresh) => {
  test('a reset, a role change, end-sessions and removal end the user’s sessions; adding does not', async () => {
    const { db } = await fresh()
    const users = new UserStore(db, cost)
    const sessions = new SessionStore(db)
    await users.add('ada', 'admin', 'ada-password-1234')
    await users.add('olga', 'viewer', 'olga-password-1234')
    const signIn = async (username: string) => {
      const user = await users.find(username)
      const now = Date.now()
      return sessions.create({
        username,
        accountId: 'a',
        createdAt: now,
        lastSeenAt: now,
        sessionEpoch: user?.sessionEpoch ?? -1,
      })
    }
    for (const change of [
      () => users.setPassword('olga', 'new-password-1234'),
      () => users.setRole('olga', 'admin'),
      () => users.endSessions('olga'),
      () => users.remove('olga'),
    ]) {
      const adas = await signIn('ada')
      const olgas = await signIn('olga')
      await change()
      expect(await sessions.get(olgas)).toBeNull()
      expect(await sessions.get(adas)).toMatchObject({ user: { username: 'ada', role: 'admin' } })
    }
    await expect(users.endSessions('olga')).rejects.toMatchObject({ reason: 'no-such-user' })
    await expect(users.add('ada', 'viewer', 'x-password-1234')).rejects.toMatchObject({ reason: 'exists' })
  })

  test('the last admin can be neither removed nor demoted', async () => {
    const users = new UserStore((await fresh()).db, cost)
    await users.add('ada', 'admin', 'ada-password-1234')
    await users.add('olga', 'viewer', 'olga-password-1234')
    await expect(users.remove('ada')).rejects.toMatchObject({ reason: 'last-admin' })
    await expect(users.setRole('ada', 'viewer')).rejects.toMatchObject({ reason: 'last-admin' })
    await users.setRole('olga', 'admin')
    await users.setRole('ada', 'viewer')
    await expect(users.remove('olga')).rejects.toMatchObject({ reason: 'last-admin' })
    expect((await users.list()).map((user) => [user.username, user.role])).toEqual([
      ['ada', 'viewer'],
      ['olga', 'admin'],
    ])
  })
})

test('two admins demoting each other at once on PostgreSQL: one wins, one admin is left', async () => {
  const [, fresh] = engines[0] ?? []
  if (!fresh) throw new Error('no PostgreSQL engine')
  const { db } = await fresh()
  const users = new UserStore(db, cost)
  await users.add('ada', 'admin', 'ada-password-1234')
  await users.add('bob', 'admin', 'bob-password-1234')
  for (let round = 0; round < 5; round++) {
    const results = await Promise.allSettled([users.setRole('ada', 'viewer'), users.setRole('bob', 'viewer')])
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
    expect((await users.list()).filter((user) => user.role === 'admin')).toHaveLength(1)
    await users.setRole('ada', 'admin')
    await users.setRole('bob', 'admin')
  }
})

describe.each(engines)('sessions on %s', (_name, fresh) => {
  test('the sweep removes idle and too-old sessions; live ones stay', async () => {
    const { db } = await fresh()
    await new UserStore(db, cost).add('ada', 'admin', 'ada-password-1234')
    const sessions = new SessionStore(db)
    const now = Date.now()
    const base = { username: 'ada', accountId: 'a', sessionEpoch: 0 }
    const live = await sessions.create({ ...base, createdAt: now, lastSeenAt: now })
    await sessions.create({ ...base, createdAt: now - 3_600_000, lastSeenAt: now - 3_600_000 })
    await sessions.create({ ...base, createdAt: now - 50 * 3_600_000, lastSeenAt: now })
    const idleBefore = new Date(now - 1_800_000)
    const createdBefore = new Date(now - 43_200_000)
    expect(await sessions.sweep(idleBefore, createdBefore)).toBe(2)
    expect(await sessions.sweep(idleBefore, createdBefore)).toBe(0)
    expect(await sessions.get(live)).not.toBeNull()
  })
})
