import { expect, test } from 'vitest'
import { pagesAround } from './page-numbers'

test('the pages offered: the first, the last, two either side of the current one, gaps between', () => {
  expect(pagesAround(1, 1)).toEqual([1])
  expect(pagesAround(1, 3)).toEqual([1, 2, 3])
  expect(pagesAround(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12])
  expect(pagesAround(12, 12)).toEqual([1, null, 10, 11, 12])
  expect(pagesAround(4, 12)).toEqual([1, 2, 3, 4, 5, 6, null, 12])
})
