import { afterAll, beforeAll, expect, test } from 'vitest'
import { AuditPageSchema } from '../../../contract/console-audit-api.ts'
import { EndpointNotesViewSchema } from '../../../contract/console-notes-api.ts'
import { seedUsers } from '../../../testing/seed-users.ts'
import { startStack, type InProcessStack } from '../../../testing/stack.ts'
import { freshDataDir } from '../../../testing/embedded-template.ts'

let stack: InProcessStack
const VIEWER = { username: 'vera', password: 'viewer-password-1234', role: 'viewer' as const }
const notes = {
  description: 'Sends new hires to the payroll tool',
  ownerName: 'Zoé Martin (Acme Paie)',
  ownerEmail: 'zoe.martin@acme-paie.example',
  notes: 'Call Zoé before changing topics.\nTicket PAY-1234.',
}

beforeAll(async () => {
  const dataDir = await freshDataDir('notes-routes-')
  await seedUsers(dataDir, [VIEWER])
  stack = await startStack({ console: { run: 'in-process' }, dataDir })
})
afterAll(() => stack.close())

test('an admin writes the console’s notes on an endpoint; anyone signed in reads them; the trail has it', async () => {
  const admin = await stack.signIn()
  const empty = EndpointNotesViewSchema.parse(
    (await stack.call('/api/endpoint-notes/1', { cookie: admin })).json(),
  )
  expect(empty).toEqual({
    description: null,
    ownerName: null,
    ownerEmail: null,
    notes: null,
    updatedAt: null,
    updatedBy: null,
  })
  const saved = await stack.call('/api/endpoint-notes/1', { method: 'PUT', cookie: admin, body: notes })
  expect(saved.status).toBe(200)
  const viewer = await stack.signIn(VIEWER.username, VIEWER.password)
  const read = EndpointNotesViewSchema.parse(
    (await stack.call('/api/endpoint-notes/1', { cookie: viewer })).json(),
  )
  expect(read).toMatchObject({ ...notes, updatedBy: 'admin' })
  // Another endpoint has notes of its own.
  expect((await stack.call('/api/endpoint-notes/2', { cookie: viewer })).json()).toMatchObject({
    notes: null,
  })
  const cleared = { description: null, ownerName: null, ownerEmail: null, notes: null }
  expect(
    (await stack.call('/api/endpoint-notes/1', { method: 'PUT', cookie: viewer, body: cleared })).status,
  ).toBe(403)
  const trail = AuditPageSchema.parse(
    (await stack.call('/api/audit?action=endpoint.notes', { cookie: admin })).json(),
  )
  expect(trail.items).toEqual([
    expect.objectContaining({ username: 'admin', target: 'webhook-endpoints/1', status: 200 }),
  ])
})

test('bad notes are refused field by field, and nothing is saved', async () => {
  const admin = await stack.signIn()
  const bad = await stack.call('/api/endpoint-notes/3', {
    method: 'PUT',
    cookie: admin,
    body: { ...notes, ownerEmail: 'not an email', notes: 'x'.repeat(4001) },
  })
  expect(bad.status).toBe(400)
  expect(Object.keys((bad.json() as { errors: Record<string, string[]> }).errors).toSorted()).toEqual([
    'notes',
    'ownerEmail',
  ])
  expect((await stack.call('/api/endpoint-notes/3', { cookie: admin })).json()).toMatchObject({ notes: null })
  for (const id of ['..', '1%2F2', 'a'.repeat(129)])
    expect(
      (await stack.call(`/api/endpoint-notes/${id}`, { cookie: admin })).status,
      id,
    ).toBeGreaterThanOrEqual(400)
  expect((await stack.call('/api/endpoint-notes/1', { cookie: null })).status).toBe(401)
})
