import { expect, test } from 'vitest'
import { compareIds, Table } from './table.ts'

const uuidA = '0f6b1d2e-1111-4aaa-8aaa-000000000000'
const uuidB = 'c3a9e8f1-2222-4bbb-9bbb-000000000000'

test('ids compare numerically when numeric, as strings otherwise, numbers first', () => {
  expect(['10', uuidB, '9', uuidA, '100', '2'].sort(compareIds)).toEqual([
    '2',
    '9',
    '10',
    '100',
    uuidA,
    uuidB,
  ])
})

test('a table lists by id, keeping the order right as records are added and removed', () => {
  const table = new Table<{ id: string; group: string }, 'group'>('id', { group: (r) => r.group })
  for (const id of ['10', uuidB, '2']) table.set(id, { id, group: id.length > 2 ? 'uuid' : 'number' })
  expect(table.listed().map((r) => r.id)).toEqual(['2', '10', uuidB])
  table.set(uuidA, { id: uuidA, group: 'uuid' })
  table.set('3', { id: '3', group: 'number' })
  expect(table.listed().map((r) => r.id)).toEqual(['2', '3', '10', uuidA, uuidB])
  table.delete('10')
  expect(table.listed().map((r) => r.id)).toEqual(['2', '3', uuidA, uuidB])
  // Groups keep insertion order, whatever the listing order.
  expect(table.group('group', 'uuid').map((r) => r.id)).toEqual([uuidB, uuidA])
  expect(table.group('group', 'number').map((r) => r.id)).toEqual(['2', '3'])
})

test('a table in creation order lists in insertion order', () => {
  const table = new Table<{ id: string }>('creation', {})
  for (const id of [uuidB, '10', '2']) table.set(id, { id })
  expect(table.listed().map((r) => r.id)).toEqual([uuidB, '10', '2'])
})

test('many records added between two reads are merged in order', () => {
  const table = new Table<{ id: string }>('id', {})
  const id = (i: number) => (i % 3 === 0 ? String(i * 7) : `${(i * 2654435761) % 2 ** 32}-uuid`)
  for (let i = 0; i < 50; i++) table.set(id(i), { id: id(i) })
  table.listed()
  for (let i = 50; i < 250; i++) table.set(id(i), { id: id(i) })
  const all = [...table.keys()].sort(compareIds)
  expect(table.listed().map((r) => r.id)).toEqual(all)
})

test('a replaced record keeps its place, as in a Map, and moves to its new group', () => {
  const table = new Table<{ id: string; group: string }, 'group'>('creation', { group: (r) => r.group })
  for (const id of ['1', '2', '3']) table.set(id, { id, group: 'a' })
  table.set('2', { id: '2', group: 'b' })
  expect(table.listed().map((r) => `${r.id}${r.group}`)).toEqual(['1a', '2b', '3a'])
  expect(table.group('group', 'a').map((r) => r.id)).toEqual(['1', '3'])
  expect(table.group('group', 'b').map((r) => r.id)).toEqual(['2'])
})
