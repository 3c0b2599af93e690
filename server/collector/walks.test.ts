import { expect, test } from 'vitest'
import { freshWalks, isRoundDone, nextWalk, walkProgress, type Walks } from './walks.ts'

function walks(change: (walks: Walks) => void): Walks {
  const fresh = freshWalks()
  change(fresh)
  return fresh
}

test('a round reads the endpoints first, then the list further behind', () => {
  expect(nextWalk(freshWalks())).toBe('endpoints')
  const after = walks((w) => {
    w.endpoints.done = true
    w.deliveries = { ...w.deliveries, read: 500, lastTotal: 1000 }
    w.attempts = { ...w.attempts, read: 300, lastTotal: 1200 }
  })
  expect(nextWalk(after)).toBe('attempts')
  after.attempts.done = true
  expect(nextWalk(after)).toBe('deliveries')
  after.deliveries.done = true
  expect(nextWalk(after)).toBeNull()
  expect(isRoundDone(after)).toBe(true)
})

test('progress weighs each list by its size the last time, and never passes 1', () => {
  const halfway = walks((w) => {
    w.endpoints = { ...w.endpoints, done: true, read: 200 }
    w.deliveries = { ...w.deliveries, read: 400, lastTotal: 900 }
    w.attempts = { ...w.attempts, read: 0, lastTotal: 900 }
  })
  expect(walkProgress(halfway)).toBeCloseTo(600 / 2000)
  // A list that grew past its last size counts what was read.
  halfway.deliveries.read = 1500
  expect(walkProgress(halfway)).toBeLessThanOrEqual(1)
  expect(walkProgress(freshWalks())).toBe(0)
})

test('a new round starts every list over and keeps what each page was', () => {
  const previous = walks((w) => {
    w.deliveries = {
      next: 'x',
      read: 5,
      lastTotal: 5,
      done: true,
      pages: { a: { etag: 'W/"1"', count: 5, next: null } },
    }
  })
  const next = freshWalks(previous)
  expect(next.deliveries).toEqual({
    next: null,
    read: 0,
    lastTotal: 5,
    done: false,
    pages: { a: { etag: 'W/"1"', count: 5, next: null } },
  })
})
