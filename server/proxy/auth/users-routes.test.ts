import { afterAll, beforeAll, expect, test } from 'vitest'
import { AuditPageSchema } from '../../../contract/console-audit-api.ts'
import { NewPasswordSchema, UsersSchema } from '../../../contract/console-users-api.ts'
import { seedUsers } from '../../../testing/seed-users.ts'
import { startStack, type InProcessStack } from '../../../testing/stack.ts'
import { freshDataDir } from '../../../testing/embedded-template.ts'

let stack: InProcessStack
const VIEWER = { username: 'vera', password: 'viewer-password-1234', role: 'viewer' as const }

beforeAll(async () => {
  const dataDir = await freshDataDir('users-routes-')
  await seedUsers(dataDir, [VIEWER])
  stack = await startStack({ console: { run: 'in-process' }, dataDir })
})
afterAll(async () => {
  await stack.close()
  expect(stack.console.watch.leaks()).toEqual([])
})

const auditOf = async (cookie: string, action: string) =>
  AuditPageSchema.parse((await stack.call(`/api/audit?action=${action}`, { cookie })).json()).items

test('an admin adds a user, whose password is shown once and signs in; the trail says who did it', async () => {
  const admin = await stack.signIn()
  const added = await stack.call('/api/users', {
    method: 'POST',
    cookie: admin,
    body: { username: 'olga', role: 'admin' },
  })
  expect(added.status).toBe(201)
  expect(added.headers.get('cache-control')).toBe('no-store')
  const { password } = NewPasswordSchema.parse(added.json())
  const olga = await stack.signIn('olga', password)
  const list = UsersSchema.parse((await stack.call('/api/users', { cookie: olga })).json())
  const entry = list.items.find((user) => user.username === 'olga')
  expect(entry).toMatchObject({ role: 'admin', sessions: [expect.objectContaining({ current: true })] })
  // The handle is not the cookie: it cannot sign anyone in.
  expect(olga).not.toContain(entry?.sessions[0]?.id ?? 'none')
  expect(JSON.stringify(list)).not.toContain('scrypt')
  const again = await stack.call('/api/users', {
    method: 'POST',
    cookie: admin,
    body: { username: 'olga', role: 'viewer' },
  })
  expect(again.status).toBe(409)
  expect(again.json()).toMatchObject({ extensions: { reason: 'conflict' } })
  expect(await auditOf(admin, 'user.create')).toEqual([
    expect.objectContaining({ username: 'admin', target: 'users/olga', targetLabel: 'olga', status: 201 }),
  ])
})

test('a reset, a role change, ending sessions and removal end that user’s sessions at once', async () => {
  const admin = await stack.signIn()
  const created = await stack.call('/api/users', {
    method: 'POST',
    cookie: admin,
    body: { username: 'paul', role: 'viewer' },
  })
  let { password } = NewPasswordSchema.parse(created.json())
  const status = async (cookie: string) => (await stack.call('/api/session', { cookie })).status
  const steps: [string, string, unknown?][] = [
    ['POST', '/api/users/paul/password'],
    ['PUT', '/api/users/paul/role', { role: 'admin' }],
    ['DELETE', '/api/users/paul/sessions'],
    ['DELETE', '/api/users/paul'],
  ]
  for (const [method, path, body] of steps) {
    const paul = await stack.signIn('paul', password)
    const answer = await stack.call(path, { method, cookie: admin, ...(body ? { body } : {}) })
    expect(answer.status, path).toBeLessThan(300)
    if (path.endsWith('/password')) password = NewPasswordSchema.parse(answer.json()).password
    expect(await status(paul), path).toBe(401)
  }
  expect(await status(admin)).toBe(200)
  await expect(stack.signIn('paul', password)).rejects.toThrow(/401/)
  for (const action of ['user.password', 'user.role', 'user.sessions-end', 'user.remove'])
    expect(await auditOf(admin, action), action).toEqual([expect.objectContaining({ target: 'users/paul' })])
})

test('an admin ends one session of a user and leaves the others', async () => {
  const admin = await stack.signIn()
  const [first, second] = [
    await stack.signIn(VIEWER.username, VIEWER.password),
    await stack.signIn(VIEWER.username, VIEWER.password),
  ]
  const vera = UsersSchema.parse((await stack.call('/api/users', { cookie: admin })).json()).items.find(
    (user) => user.username === VIEWER.username,
  )
  expect(vera?.sessions.length).toBeGreaterThanOrEqual(2)
  const newest = vera?.sessions[0]?.id ?? ''
  expect(
    (await stack.call(`/api/users/vera/sessions/${newest}`, { method: 'DELETE', cookie: admin })).status,
  ).toBe(204)
  expect(
    (await stack.call(`/api/users/vera/sessions/${newest}`, { method: 'DELETE', cookie: admin })).status,
  ).toBe(404)
  const statuses = await Promise.all(
    [first, second].map(
      async (cookie) => (await stack.call('/api/session', { cookie: cookie ?? '' })).status,
    ),
  )
  expect(statuses.toSorted()).toEqual([200, 401])
  expect(
    (await stack.call('/api/users/vera/sessions/not-a-handle', { method: 'DELETE', cookie: admin })).status,
  ).toBe(400)
})

test('the last admin can be neither removed nor demoted; a viewer may not manage users', async () => {
  const admin = await stack.signIn()
  // olga, made an admin above, may go: another admin is left.
  expect((await stack.call('/api/users/olga', { method: 'DELETE', cookie: admin })).status).toBe(204)
  for (const [method, path, body] of [
    ['DELETE', '/api/users/admin', undefined],
    ['PUT', '/api/users/admin/role', { role: 'viewer' }],
  ] as const) {
    const refused = await stack.call(path, { method, cookie: admin, ...(body ? { body } : {}) })
    expect(refused.status, path).toBe(409)
    expect(refused.json()).toMatchObject({ extensions: { reason: 'last-admin' } })
  }
  expect(await stack.call('/api/session', { cookie: admin }).then((answer) => answer.status)).toBe(200)
  const viewer = await stack.signIn(VIEWER.username, VIEWER.password)
  for (const [method, path] of [
    ['GET', '/api/users'],
    ['POST', '/api/users'],
    ['DELETE', '/api/users/admin'],
  ] as const) {
    const answer = await stack.call(path, {
      method,
      cookie: viewer,
      ...(method === 'POST' ? { body: { username: 'x', role: 'admin' } } : {}),
    })
    expect(answer.status, `${method} ${path}`).toBe(403)
  }
  expect(
    (
      await stack.call('/api/users', {
        method: 'POST',
        cookie: admin,
        body: { username: '../x', role: 'admin' },
      })
    ).status,
  ).toBe(400)
  expect(
    (await stack.call('/api/users', { method: 'POST', cookie: admin, body: { username: 'x', role: 'root' } }))
      .status,
  ).toBe(400)
  expect((await stack.call('/api/users/nobody/password', { method: 'POST', cookie: admin })).status).toBe(404)
})

test('sign-in, a failed sign-in, a lock-out and sign-out are in the trail, once each', async () => {
  const admin = await stack.signIn()
  for (let attempt = 0; attempt < 6; attempt++)
    await stack.call('/api/session', {
      method: 'POST',
      body: { username: 'mallory', password: 'guess-password' },
    })
  const failed = await auditOf(admin, 'session.sign-in-failed')
  expect(failed.filter((entry) => entry.username === 'mallory')).toHaveLength(5)
  expect((await auditOf(admin, 'session.locked-out')).map((entry) => entry.username)).toEqual(['mallory'])
  const olderSignIns = (await auditOf(admin, 'session.sign-in')).length
  const vera = await stack.signIn(VIEWER.username, VIEWER.password)
  await stack.call('/api/session', { method: 'DELETE', cookie: vera })
  expect((await auditOf(admin, 'session.sign-in')).length).toBe(olderSignIns + 1)
  expect((await auditOf(admin, 'session.sign-out'))[0]).toMatchObject({
    username: 'vera',
    target: 'users/vera',
    status: 204,
  })
})
