// Many concurrent requests from one session at the moment its idle timer is refreshed: what a console tab
// does every minute (several queries polling at once), and what the 200-client load suite first tripped on.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startStack, type InProcessStack } from '../../testing/stack.ts'

let stack: InProcessStack

beforeAll(async () => {
  stack = await startStack({ console: { run: 'in-process' } })
}, 60_000)

afterAll(() => stack?.close())

// Found by the load suite on the file store: concurrent touches raced on one temp file and the loser's
// rename failed, a 500. On the database every one of them writes the row; none may fail.
test('concurrent requests while the session is refreshed all succeed', async () => {
  const cookie = await stack.signIn()
  const { database } = stack.console
  const failures: number[] = []
  // A race shows up only some of the time, so several rounds of 100 make a miss improbable.
  for (let round = 0; round < 5; round += 1) {
    // Age the session past the proxy's refresh interval (one minute) instead of waiting for it.
    const aged = await database
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 90_000) })
      .executeTakeFirst()
    expect(aged.numUpdatedRows).toBe(1n)
    const statuses = await Promise.all(
      Array.from({ length: 100 }, () =>
        fetch(`${stack.url}/api/session`, { headers: { Cookie: cookie } }).then(
          (response) => response.status,
        ),
      ),
    )
    failures.push(...statuses.filter((status) => status !== 200))
    const [row] = await database.selectFrom('sessions').select('last_seen_at').execute()
    expect(Date.now() - (row?.last_seen_at.getTime() ?? 0)).toBeLessThan(60_000)
  }
  expect(failures).toEqual([])
})
