import { expect, test } from 'vitest'
import { dateTimeFormat, formatDay, numberFormat, parseDay, waitOf } from './format'

// French puts (narrow) no-break spaces in numbers and before units; compare them as spaces.
const plain = (text: string) => text.replace(/\s/g, ' ')
const instant = new Date('2026-12-03T14:05:00Z')
const dateAndTime = { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' } as const

test('French reads 24 h and dd/mm/yyyy; English its own way', () => {
  expect(dateTimeFormat('fr', dateAndTime).format(instant)).toBe('03/12/2026 14:05')
  expect(dateTimeFormat('en', dateAndTime).format(instant)).toBe('12/3/26, 2:05 PM')
  expect(dateTimeFormat('fr', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(instant)).toBe(
    '14:05',
  )
  expect(plain(numberFormat('fr', { maximumFractionDigits: 1 }).format(1234.56))).toBe('1 234,6')
  expect(numberFormat('en', { maximumFractionDigits: 1 }).format(1234.56)).toBe('1,234.6')
})

test('a lock-out wait is said in whole minutes, rounded up, and in seconds under a minute', () => {
  expect(plain(waitOf(897, 'en'))).toBe('15 minutes')
  expect(plain(waitOf(897, 'fr'))).toBe('15 minutes')
  expect(plain(waitOf(61, 'en'))).toBe('2 minutes')
  expect(plain(waitOf(60, 'fr'))).toBe('1 minute')
  expect(plain(waitOf(45, 'en'))).toBe('45 seconds')
  expect(plain(waitOf(45, 'fr'))).toBe('45 secondes')
  expect(plain(waitOf(0.2, 'en'))).toBe('1 second')
})

test('a day is written and read back as the language writes it', () => {
  expect(formatDay('2026-12-03', 'fr')).toBe('03/12/2026')
  expect(formatDay('2026-12-03', 'en')).toBe('12/03/2026')
  expect(parseDay('03/12/2026', 'fr')).toBe('2026-12-03')
  expect(parseDay('3.12.26', 'fr')).toBe('2026-12-03')
  expect(parseDay('12/03/2026', 'en')).toBe('2026-12-03')
  expect(parseDay('31/02/2026', 'fr')).toBeNull()
  expect(parseDay('2026-12', 'fr')).toBeNull()
  expect(parseDay('', 'en')).toBeNull()
})
