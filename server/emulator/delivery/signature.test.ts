import { expect, test } from 'vitest'
import { luccaTimestamp, signLucca } from './signature.ts'

test('signs lucca-api.md §7.4 test vector', () => {
  const secret = 'b3YGydKxao0CYEg4-2LM81rviT-vl2JzKyf_zlewRn0cpoHzh4mRLj5_Ty5neQta'
  const body = '{"id":"123","type":"event","topic":"employee.updated"}'
  expect(signLucca(secret, '2025-01-01T08:34:23Z', body)).toBe('1g8fWtL9t+qFkvXoYVa7/8xD5q32GSG1GswNZxnke+w=')
})

test('timestamps have second precision in UTC', () => {
  expect(luccaTimestamp(Date.parse('2025-01-01T08:34:23.987Z'))).toBe('2025-01-01T08:34:23Z')
})
