import { expect, test } from 'vitest'
import { checkPastedRequest } from './check-signature'
import { luccaSignature } from './signature'
import { testVector as v } from './test-vector'

const headers = `Content-Type: application/json\nLucca-Timestamp: ${v.timestamp}\nLucca-Signature: ${v.signature}`
const sentAt = Date.parse(v.timestamp)

test('the README test vector signs to the published signature', async () => {
  expect(await luccaSignature(v.secret, v.timestamp, v.body)).toBe(v.signature)
})

test('the pasted test request is valid, and fresh', async () => {
  expect(await checkPastedRequest({ headers, body: v.body, secret: v.secret, now: sentAt + 1000 })).toEqual({
    valid: true,
    expected: v.signature,
    skewSeconds: 1,
  })
})

test('headers pasted as JSON work too', async () => {
  const json = JSON.stringify({ 'lucca-timestamp': v.timestamp, 'lucca-signature': v.signature })
  const verdict = await checkPastedRequest({ headers: json, body: v.body, secret: v.secret, now: sentAt })
  expect(verdict.valid).toBe(true)
})

test('a tampered body is invalid', async () => {
  const verdict = await checkPastedRequest({
    headers,
    body: v.body.replace('123', '124'),
    secret: v.secret,
    now: sentAt,
  })
  expect(verdict).toMatchObject({ valid: false, problem: 'mismatch', hint: null })
})

test('the usual mistakes are named', async () => {
  const check = (input: { headers?: string; body?: string; secret?: string }) =>
    checkPastedRequest({ headers, body: v.body, secret: v.secret, now: sentAt, ...input })
  expect(await check({ body: JSON.stringify(JSON.parse(v.body), null, 2) })).toMatchObject({
    hint: 'bodyReformatted',
  })
  expect(await check({ body: `${v.body}\n` })).toMatchObject({ hint: 'bodyTrailingSpace' })
  expect(await check({ secret: ` ${v.secret} ` })).toMatchObject({ hint: 'secretWhitespace' })
  expect(await check({ headers: 'Lucca-Signature: x' })).toMatchObject({ problem: 'missingTimestamp' })
  expect(await check({ headers: `Lucca-Timestamp: ${v.timestamp}` })).toMatchObject({
    problem: 'missingSignature',
  })
  expect(await check({ secret: '' })).toMatchObject({ problem: 'missingSecret' })
})
