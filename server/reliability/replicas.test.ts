// Two replicas: two console processes on one PostgreSQL and one Lucca, behind no balancer. A session, a
// sign-out and a user change made on one are seen by the other at once: nothing about them is cached.
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import type { Call } from '../../testing/console-call.ts'
import { startLucca, type Lucca } from '../../testing/lucca.ts'
import { createDatabase, startPostgres, type TestPostgres } from '../../testing/postgres.ts'
import { startStack, type ProcessStack } from '../../testing/stack.ts'

let postgres: TestPostgres
let lucca: Lucca
let a: ProcessStack
let b: ProcessStack

beforeAll(async () => {
  postgres = await startPostgres()
  lucca = await startLucca({ emulator: 'in-process' })
  const env = {
    DATABASE_URL: await createDatabase(postgres, 'replicas'),
    // Cookies are signed: replicas share the key, as they share the database.
    SESSION_SECRET: randomBytes(32).toString('base64url'),
  }
  // Both at once on an empty database: they race to migrate and to create the first admin.
  ;[a, b] = await Promise.all([startStack({ lucca, env }), startStack({ lucca, env })])
}, 90_000)

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()])
  await lucca?.close()
  await postgres?.close()
})

const Password = z.object({ password: z.string() })
const sessionStatus = async (call: Call, cookie: string) => (await call('/api/session', { cookie })).status

async function newUser(username: string): Promise<string> {
  const created = await a.call('/api/users', {
    method: 'POST',
    cookie: await a.signIn(),
    body: { username, role: 'viewer' },
  })
  expect(created.status, created.text).toBe(201)
  return Password.parse(created.json()).password
}

test('the two replicas are two processes on one database', () => {
  expect(a.console.child.pid).not.toBe(b.console.child.pid)
  expect(a.url).not.toBe(b.url)
  expect(a.dataDir).not.toBe(b.dataDir)
})

test('a session made on A works on B', async () => {
  const cookie = await a.signIn()
  const onB = await b.call('/api/session', { cookie })
  expect(onB.status, onB.text).toBe(200)
  expect(onB.json()).toMatchObject({ user: { username: 'admin', role: 'admin' } })
  // …and the other way round, a signed-in call that reaches Lucca.
  const cookieOfB = await b.signIn()
  expect((await a.call('/lucca-api/webhook-endpoints?limit=5', { cookie: cookieOfB })).status).toBe(200)
})

test('signing out on B ends the session on A at once', async () => {
  const cookie = await a.signIn()
  expect(await sessionStatus(a.call, cookie)).toBe(200)
  expect((await b.call('/api/session', { method: 'DELETE', cookie })).status).toBe(204)
  expect(await sessionStatus(a.call, cookie)).toBe(401)
  expect(await sessionStatus(b.call, cookie)).toBe(401)
})

test('a password reset on A ends that user’s sessions on B at once, and no one else’s', async () => {
  const password = await newUser('replica-viewer')
  const onB = await b.signIn('replica-viewer', password)
  const onA = await a.signIn('replica-viewer', password)
  const adminOnB = await b.signIn()
  expect(await sessionStatus(b.call, onB)).toBe(200)
  expect(await sessionStatus(b.call, onA)).toBe(200)

  const reset = await a.call('/api/users/replica-viewer/password', {
    method: 'POST',
    cookie: await a.signIn(),
  })
  expect(reset.status, reset.text).toBe(200)
  expect(await sessionStatus(b.call, onB)).toBe(401)
  expect(await sessionStatus(b.call, onA)).toBe(401)
  expect(await sessionStatus(b.call, adminOnB)).toBe(200)
  // The new password works on the other replica straight away; the old one no longer does.
  const fresh = Password.parse(reset.json()).password
  expect(await sessionStatus(b.call, await b.signIn('replica-viewer', fresh))).toBe(200)
  const old = await b.call('/api/session', {
    method: 'POST',
    body: { username: 'replica-viewer', password },
  })
  expect(old.status).toBe(401)
})

test('a role change on B is what A enforces on the next request', async () => {
  const password = await newUser('replica-promoted')
  const adminOnB = await b.signIn()
  const changed = await b.call('/api/users/replica-promoted/role', {
    method: 'PUT',
    cookie: adminOnB,
    body: { role: 'admin' },
  })
  expect(changed.status, changed.text).toBe(204)
  const promoted = await a.signIn('replica-promoted', password)
  expect((await a.call('/api/users', { cookie: promoted })).status).toBe(200)
  const demoted = await b.call('/api/users/replica-promoted/role', {
    method: 'PUT',
    cookie: adminOnB,
    body: { role: 'viewer' },
  })
  expect(demoted.status).toBe(204)
  // The demotion ended the admin session A had handed out.
  expect((await a.call('/api/users', { cookie: promoted })).status).toBe(401)
})
