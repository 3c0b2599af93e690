import { expect, test } from 'vitest'
import { AuditLog } from '../audit/audit-log.ts'
import { tempDir } from './harness.ts'

test('the audit trail survives a restart and pages newest first', async () => {
  const dir = await tempDir()
  let time = Date.parse('2026-11-23T10:00:00Z')
  const first = new AuditLog(dir, () => new Date((time += 1000)))
  for (const target of ['webhook-endpoints/1', 'webhook-endpoints/2', 'webhook-endpoints/3']) {
    await first.record({
      username: 'admin',
      accountId: 'sandbox',
      action: 'endpoint.delete',
      target,
      status: 204,
    })
  }
  const reopened = new AuditLog(dir)
  const page1 = await reopened.list(2, null)
  expect(page1.items.map((entry) => entry.target)).toEqual(['webhook-endpoints/3', 'webhook-endpoints/2'])
  expect(page1.items[0]).toMatchObject({
    username: 'admin',
    accountId: 'sandbox',
    at: '2026-11-23T10:00:03.000Z',
  })
  const page2 = await reopened.list(2, page1.nextBefore)
  expect(page2).toEqual({
    items: [expect.objectContaining({ target: 'webhook-endpoints/1' })],
    nextBefore: null,
  })
})
