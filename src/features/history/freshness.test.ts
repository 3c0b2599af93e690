import i18next from 'i18next'
import { expect, test } from 'vitest'
import { freshnessOf, percentOf } from './freshness'
import type { HistoryStatus } from './history-client'

await i18next.loadLanguages('fr')
const en = i18next.getFixedT('en', 'history')
const fr = i18next.getFixedT('fr', 'history')
const now = Date.parse('2026-12-02T10:00:00Z')
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString()
const collector = (fields: Partial<HistoryStatus['collector']>): HistoryStatus['collector'] => ({
  state: 'up-to-date',
  updatedAt: ago(12),
  progress: null,
  reason: null,
  cause: null,
  ...fields,
})
const words = (fields: Partial<HistoryStatus['collector']>, t = en) => {
  const { key, values } = freshnessOf(collector(fields), now)
  return t(key, values)
}

test('how fresh the view is, in words', () => {
  expect(words({})).toBe('Updated 12 s ago')
  expect(words({ updatedAt: ago(2) })).toBe('Updated just now')
  expect(words({ updatedAt: new Date(now + 3_000).toISOString() })).toBe('Updated just now') // a clock ahead
  expect(words({ updatedAt: ago(150) })).toBe('Updated 2 min ago')
  expect(words({ updatedAt: ago(3 * 3600 + 50) })).toBe('Updated 3 h ago')
  expect(words({ updatedAt: ago(2 * 86_400) })).toBe('Updated 2 d ago')
  expect(words({ state: 'catching-up', progress: 0.4 })).toBe('Catching up: 40 %')
  expect(words({ state: 'catching-up', progress: null })).toBe('Catching up…')
  expect(words({ state: 'starting' })).toBe('Catching up…') // a restart: the last view stands meanwhile
  expect(words({ state: 'catching-up', updatedAt: null, progress: 0.125 })).toBe(
    'Reading your Lucca account for the first time: 12 %',
  )
  expect(words({ state: 'starting', updatedAt: null })).toBe('Reading your Lucca account for the first time…')
  expect(words({ state: 'paused', reason: 'circuit-open' })).toBe('Paused: Lucca is not answering')
  expect(words({ state: 'paused', reason: 'lucca-rate-limit' })).toBe(
    'Paused: Lucca’s request limit is reached',
  )
  expect(words({ state: 'paused', reason: 'upstream-auth', updatedAt: null })).toBe(
    'Paused: Lucca refuses the console’s credentials',
  )
})

test('in French, as a French admin reads it', () => {
  expect(words({}, fr)).toBe('Mis à jour il y a 12 s')
  expect(words({ state: 'catching-up', progress: 0.4 }, fr)).toBe('Rattrapage en cours : 40 %')
  expect(words({ state: 'paused' }, fr)).toBe('En pause : Lucca ne répond pas')
})

test('the tone goes with the words: fresh, busy or paused', () => {
  expect(freshnessOf(collector({}), now).tone).toBe('fresh')
  expect(freshnessOf(collector({ state: 'catching-up' }), now).tone).toBe('busy')
  expect(freshnessOf(collector({ state: 'paused' }), now).tone).toBe('paused')
})

test('a read is never "100 %" before it is through', () => {
  expect([0.994, 1, 0.4, -1, Number.NaN, null].map(percentOf)).toEqual([99, 99, 40, 0, null, null])
})
