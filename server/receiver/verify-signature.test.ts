import { expect, test } from 'vitest'
import { verifyLuccaSignature } from './verify-signature.ts'

// lucca-api.md §7.4 test vector.
const secret = 'b3YGydKxao0CYEg4-2LM81rviT-vl2JzKyf_zlewRn0cpoHzh4mRLj5_Ty5neQta'
const timestamp = '2025-01-01T08:34:23Z'
const body = '{"id":"123","type":"event","topic":"employee.updated"}'
const signature = '1g8fWtL9t+qFkvXoYVa7/8xD5q32GSG1GswNZxnke+w='
const sentAt = Date.parse(timestamp)

test('the README test vector verifies', () => {
  expect(verifyLuccaSignature(secret, timestamp, signature, Buffer.from(body), sentAt + 1000)).toBe(true)
})

test('a changed byte, another secret or a missing header fails', () => {
  expect(verifyLuccaSignature(secret, timestamp, signature, body.replace('123', '124'), sentAt)).toBe(false)
  expect(verifyLuccaSignature(`${secret}x`, timestamp, signature, body, sentAt)).toBe(false)
  expect(verifyLuccaSignature(secret, undefined, signature, body, sentAt)).toBe(false)
  expect(verifyLuccaSignature(secret, timestamp, undefined, body, sentAt)).toBe(false)
})

test('a timestamp more than 5 minutes away is refused as a replay', () => {
  expect(verifyLuccaSignature(secret, timestamp, signature, body, sentAt + 5 * 60_000)).toBe(true)
  expect(verifyLuccaSignature(secret, timestamp, signature, body, sentAt + 5 * 60_000 + 1)).toBe(false)
  expect(verifyLuccaSignature(secret, timestamp, signature, body, sentAt - 6 * 60_000)).toBe(false)
})
