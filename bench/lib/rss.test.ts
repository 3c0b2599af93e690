import { expect, test } from 'vitest'
import { rssOf, sampleRss } from './rss.ts'

test('reads the resident memory of a live process and refuses a missing one', async () => {
  const rss = await rssOf(process.pid)
  expect(rss).toBeGreaterThan(10 * 1024 * 1024)
  expect(rss).toBeLessThan(4 * 1024 * 1024 * 1024)
  await expect(rssOf(2 ** 22 + 1)).rejects.toThrow()
})

test('RSS growth compares the last quarter of the samples with the first', async () => {
  const sampler = sampleRss(process.pid, 20)
  const ballast: string[] = []
  for (let step = 0; step < 10; step += 1) {
    ballast.push('x'.repeat(8 * 1024 * 1024).replace(/x/g, () => 'y'))
    await new Promise((resolve) => setTimeout(resolve, 30))
  }
  const { growth, samples } = sampler.stop()
  expect(ballast).toHaveLength(10)
  expect(samples.length).toBeGreaterThanOrEqual(4)
  expect(growth).toBeGreaterThan(0.1)
})
