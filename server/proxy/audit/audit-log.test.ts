import { appendFile, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { AuditLog } from './audit-log.ts'
import { linesFromEnd } from './lines-from-end.ts'

const tempDir = () => mkdtemp(join(tmpdir(), 'audit-test-'))

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

test('a long trail pages back to its first entry, and a line cut short by a crash is skipped', async () => {
  const dir = await tempDir()
  let time = Date.parse('2026-11-23T10:00:00Z')
  const log = new AuditLog(dir, () => new Date((time += 1000)))
  const targets = Array.from(
    { length: 700 },
    (_, index) => `webhook-endpoints/${index}-${'é'.repeat(index % 7)}`,
  )
  for (const [index, target] of targets.entries()) {
    await log.record({
      username: 'admin',
      accountId: 'sandbox',
      action: 'endpoint.update',
      target,
      status: 200,
    })
    // A replica that died mid-append leaves half a line, then the next append starts a fresh one.
    if (index === 350) await appendFile(join(dir, 'audit.jsonl'), '{"id":"0000000000","at":"2026-')
    if (index === 350) await appendFile(join(dir, 'audit.jsonl'), '\n')
  }
  const seen: string[] = []
  let before: string | null = null
  do {
    const page: Awaited<ReturnType<AuditLog['list']>> = await log.list(64, before)
    seen.push(...page.items.map((entry) => entry.target))
    before = page.nextBefore
  } while (before)
  expect(seen).toEqual(targets.toReversed())
})

test('lines are read back whole across block boundaries, multi-byte characters included', async () => {
  const dir = await tempDir()
  const path = join(dir, 'lines.txt')
  const lines = Array.from({ length: 40 }, (_, index) => `${index}:${'€'.repeat(index)}`)
  await writeFile(path, `${lines.join('\n')}\n`)
  const read: string[] = []
  for await (const line of linesFromEnd(path, 7)) read.push(line)
  expect(read).toEqual(lines.toReversed())
  const missing: string[] = []
  for await (const line of linesFromEnd(join(dir, 'absent.txt'))) missing.push(line)
  expect(missing).toEqual([])
})
