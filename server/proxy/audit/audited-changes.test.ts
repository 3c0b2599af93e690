// A change the console makes itself (a user, an endpoint's notes) and its audit row commit together: if the
// row cannot be written, the change is not made either. A crash between the two (SIGKILL, see
// server/reliability/sigkill.test.ts) cannot leave a change the trail does not tell of.
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startStack, type InProcessStack } from '../../../testing/stack.ts'

let stack: InProcessStack
let cookie = ''

beforeAll(async () => {
  stack = await startStack({ console: { run: 'in-process' } })
  cookie = await stack.signIn()
  // The database refuses the audit rows of the doomed targets, as a full disk or a lost connection would.
  const db = stack.console.database
  await sql`
    create function refuse_doomed() returns trigger language plpgsql as $$
    begin
      if new.target like '%doomed%' then raise exception 'audit write refused'; end if;
      return new;
    end $$`.execute(db)
  await sql`create trigger refuse_doomed before insert on audit for each row execute function refuse_doomed()`.execute(
    db,
  )
})

afterAll(() => stack?.close())

test('a user whose creation cannot be audited is not created', async () => {
  const created = await stack.call('/api/users', {
    method: 'POST',
    cookie,
    body: { username: 'doomed', role: 'admin' },
  })
  expect(created.status).toBe(500)
  const rows = await stack.console.database
    .selectFrom('users')
    .where('username', '=', 'doomed')
    .selectAll()
    .execute()
  expect(rows).toEqual([])
  // The same change, audited, goes through.
  const fine = await stack.call('/api/users', {
    method: 'POST',
    cookie,
    body: { username: 'kept', role: 'viewer' },
  })
  expect(fine.status, fine.text).toBe(201)
})

test('a role change or a password reset that cannot be audited is not made, and ends no session', async () => {
  const made = await stack.call('/api/users', {
    method: 'POST',
    cookie,
    body: { username: 'doomed-2', role: 'viewer' },
  })
  // Its creation is refused too: made directly, as `npm run users -- add` would.
  expect(made.status).toBe(500)
  await stack.console.database
    .insertInto('users')
    .values({ username: 'doomed-2', role: 'viewer', password_hash: 'x' })
    .execute()
  const role = await stack.call('/api/users/doomed-2/role', {
    method: 'PUT',
    cookie,
    body: { role: 'admin' },
  })
  expect(role.status).toBe(500)
  const reset = await stack.call('/api/users/doomed-2/password', { method: 'POST', cookie })
  expect(reset.status).toBe(500)
  const user = await stack.console.database
    .selectFrom('users')
    .select(['role', 'password_hash', 'session_epoch'])
    .where('username', '=', 'doomed-2')
    .executeTakeFirstOrThrow()
  expect(user).toEqual({ role: 'viewer', password_hash: 'x', session_epoch: 0 })
})

test('notes whose audit row cannot be written are not saved', async () => {
  const body = { description: null, ownerName: null, ownerEmail: null, notes: 'lost' }
  const saved = await stack.call('/api/endpoint-notes/doomed', { method: 'PUT', cookie, body })
  expect(saved.status).toBe(500)
  const notes = await stack.call('/api/endpoint-notes/doomed', { cookie })
  expect(notes.json()).toMatchObject({ notes: null, updatedAt: null })
  const fine = await stack.call('/api/endpoint-notes/kept', { method: 'PUT', cookie, body })
  expect(fine.status, fine.text).toBe(200)
})
