import { expect, test } from 'vitest'
import { rssGrowth, rssOf } from './rss.ts'

test('reads the resident memory of a live process and refuses a missing one', async () => {
  const rss = await rssOf(process.pid)
  expect(rss).toBeGreaterThan(10 * 1024 * 1024)
  expect(rss).toBeLessThan(4 * 1024 * 1024 * 1024)
  await expect(rssOf(2 ** 22 + 1)).rejects.toThrow()
})

test('RSS growth compares the last quarter of the samples with the first, so one spike is not a leak', () => {
  const MiB = 1024 * 1024
  expect(rssGrowth([100, 100, 101, 99, 100, 100, 100, 100].map((n) => n * MiB)).growth).toBeCloseTo(0, 2)
  expect(rssGrowth([100, 100, 140, 100, 100, 100, 100, 100].map((n) => n * MiB)).growth).toBeCloseTo(0, 2)
  expect(rssGrowth([100, 100, 110, 120, 130, 140, 150, 160].map((n) => n * MiB)).growth).toBeCloseTo(0.55, 2)
  expect(() => rssGrowth([])).toThrow()
})
