import { expect, test } from 'vitest'
import { SharedBudget } from './budget.ts'

function budgetAt(limit: number, share: number) {
  let now = 0
  const budget = new SharedBudget(limit, share, () => now)
  return { budget, advance: (ms: number) => (now += ms) }
}

const takeAll = (budget: SharedBudget, priority: 'admin' | 'collector', n: number) =>
  Array.from({ length: n }, () => budget.take(priority).ok).filter(Boolean).length

test('the collector spends at most its share in any minute', () => {
  const { budget, advance } = budgetAt(45, 10)
  expect(takeAll(budget, 'collector', 20)).toBe(10)
  expect(budget.take('collector')).toEqual({ ok: false, retryAfterSeconds: 60 })
  advance(60_000)
  expect(takeAll(budget, 'collector', 20)).toBe(10)
  expect(budget.usage()).toEqual({ limit: 45, collectorShare: 10, used: 10, collector: 10 })
})

test('admins keep every slot the collector has not taken, and the collector yields when they are busy', () => {
  const { budget } = budgetAt(45, 10)
  expect(takeAll(budget, 'admin', 30)).toBe(30)
  // 15 free: the collector stops with a full share (10) still free for admins.
  expect(takeAll(budget, 'collector', 10)).toBe(5)
  expect(takeAll(budget, 'admin', 20)).toBe(10)
  expect(budget.usage()).toMatchObject({ used: 45, collector: 5 })
})

test('a quiet minute gives the collector its whole share, and admins the rest', () => {
  const { budget } = budgetAt(45, 10)
  expect(takeAll(budget, 'collector', 10)).toBe(10)
  expect(takeAll(budget, 'admin', 50)).toBe(35)
})
