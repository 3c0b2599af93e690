import { expect, test } from 'vitest'
import { median, percentile } from './stats.ts'

test('median picks the middle value, or the mean of the two middle values', () => {
  expect(median([3, 1, 2])).toBe(2)
  expect(median([4, 1, 3, 2])).toBe(2.5)
  expect(() => median([])).toThrow()
})

test('percentile is the nearest rank: p95 of 20 values is the 19th, p50 the 10th', () => {
  const values = Array.from({ length: 20 }, (_, index) => 20 - index)
  expect(percentile(values, 95)).toBe(19)
  expect(percentile(values, 50)).toBe(10)
  expect(percentile([7], 95)).toBe(7)
  expect(() => percentile([], 50)).toThrow()
})
