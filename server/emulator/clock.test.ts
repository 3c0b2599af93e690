import { expect, test } from 'vitest'
import { createClock } from './clock.ts'

test('a frozen clock only moves on advance and runs due tasks at their own time, in order', async () => {
  const clock = createClock({ start: '2026-01-01T00:00:00Z', frozen: true })
  const seen: string[] = []
  const t0 = clock.now()
  clock.schedule(t0 + 2000, () => void seen.push(`b@${clock.now() - t0}`))
  clock.schedule(t0 + 1000, () => {
    seen.push(`a@${clock.now() - t0}`)
    clock.schedule(clock.now() + 500, () => void seen.push(`c@${clock.now() - t0}`))
  })
  const cancel = clock.schedule(t0 + 1200, () => void seen.push('cancelled'))
  cancel()
  await clock.advance(999)
  expect(seen).toEqual([])
  await clock.advance(5000)
  expect(seen).toEqual(['a@1000', 'c@1500', 'b@2000'])
  expect(clock.now() - t0).toBe(5999)
})

test('a running clock fires due tasks by itself and can be advanced too', async () => {
  const clock = createClock()
  const fired = new Promise<number>((resolve) => clock.schedule(clock.now() + 20, () => resolve(clock.now())))
  expect(await fired).toBeGreaterThan(0)
  const before = clock.now()
  await clock.advance(3_600_000)
  expect(clock.now() - before).toBeGreaterThanOrEqual(3_600_000)
})

test('reset forgets moved time and pending tasks', async () => {
  const frozen = createClock({ start: '2026-01-01T00:00:00Z', frozen: true })
  const seen: string[] = []
  frozen.schedule(frozen.now() + 10_000, () => void seen.push('dropped'))
  await frozen.advance(5000)
  frozen.reset()
  expect(new Date(frozen.now()).toISOString()).toBe('2026-01-01T00:00:00.000Z')
  await frozen.advance(60_000)
  expect(seen).toEqual([])

  const running = createClock()
  await running.advance(7_200_000)
  running.reset()
  expect(Math.abs(running.now() - Date.now())).toBeLessThan(1000)
})
