import { expect, test } from 'vitest'
import { mergeResults } from './results.ts'

const now = new Date('2026-12-02T10:00:00Z')

test('a run of some sections keeps the others’ last figures, and says when each was measured', () => {
  const previous = {
    generatedAt: '2026-11-24T02:15:46.103Z',
    machine: { cpus: 2 },
    sections: { bundle: { rows: [], data: 'old bundle' }, history: { rows: [], data: 'old history' } },
  }
  const merged = mergeResults(previous, { history: { rows: [], data: 'new history' } }, { cpus: 2 }, now)
  expect(merged.sections).toEqual({
    bundle: { rows: [], data: 'old bundle' },
    history: { rows: [], data: 'new history' },
  })
  expect(merged.measuredAt).toEqual({ bundle: '2026-11-24T02:15:46.103Z', history: now.toISOString() })
  expect(merged.generatedAt).toBe(now.toISOString())
  const again = mergeResults(merged, { proxy: { error: 'x' } }, { cpus: 2 }, new Date('2026-12-03T00:00:00Z'))
  expect(again.measuredAt).toMatchObject({ bundle: '2026-11-24T02:15:46.103Z', history: now.toISOString() })
})

test('no previous file, or one that is not ours: only this run', () => {
  for (const previous of [null, 'garbage', [1]])
    expect(mergeResults(previous, { bundle: 1 }, {}, now)).toEqual({
      generatedAt: now.toISOString(),
      machine: {},
      measuredAt: { bundle: now.toISOString() },
      sections: { bundle: 1 },
    })
})
