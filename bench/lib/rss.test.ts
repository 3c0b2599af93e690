import { expect, test } from 'vitest'
import { rssOf } from './rss.ts'

test('reads the resident memory of a live process and refuses a missing one', async () => {
  const rss = await rssOf(process.pid)
  expect(rss).toBeGreaterThan(10 * 1024 * 1024)
  expect(rss).toBeLessThan(4 * 1024 * 1024 * 1024)
  await expect(rssOf(2 ** 22 + 1)).rejects.toThrow()
})
