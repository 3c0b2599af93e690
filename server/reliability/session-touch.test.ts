// Many concurrent requests from one session at the moment its idle timer is refreshed: what a console tab
// does every minute (several queries polling at once), and what the 200-client load suite first tripped on.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startStack, type ProcessStack } from '../../testing/stack.ts'

let stack: ProcessStack

beforeAll(async () => {
  stack = await startStack()
}, 60_000)

afterAll(() => stack?.close())

// Found by the load suite: FileSessionStore.write once wrote every update of a session through the same temp
// file, so concurrent touches raced and the loser's rename failed with ENOENT, a 500.
test('concurrent requests while the session is refreshed all succeed', async () => {
  const cookie = await stack.signIn()
  const sessions = join(stack.dataDir, 'sessions')
  const [file] = await readdir(sessions)
  if (!file) throw new Error('no session file after sign-in')
  const failures: number[] = []
  // A race shows up only some of the time, so several rounds of 100 make a miss improbable.
  for (let round = 0; round < 5; round += 1) {
    // Age the session past the proxy's refresh interval (one minute) instead of waiting for it.
    const record: unknown = JSON.parse(await readFile(join(sessions, file), 'utf8'))
    await writeFile(
      join(sessions, file),
      JSON.stringify({ ...Object(record), lastSeenAt: Date.now() - 90_000 }),
    )
    // The store keeps records read in the last second in memory; let that copy lapse so the file is read.
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    const statuses = await Promise.all(
      Array.from({ length: 100 }, () =>
        fetch(`${stack.url}/api/session`, { headers: { Cookie: cookie } }).then(
          (response) => response.status,
        ),
      ),
    )
    failures.push(...statuses.filter((status) => status !== 200))
  }
  expect(failures).toEqual([])
})
