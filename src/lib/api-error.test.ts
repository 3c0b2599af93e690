import { expect, test } from 'vitest'
import { toApiError } from './api-error'

test('a Lucca validation problem becomes field errors keyed by field name', () => {
  const error = toApiError(new Response(null, { status: 400 }), {
    title: 'One or more validation errors occurred.',
    errors: { webhookUrl: ['must use https', 'second'], 'topics[2]': ['unknown topic'] },
  })
  expect(error.status).toBe(400)
  expect(error.message).toBe('One or more validation errors occurred.')
  expect(error.fieldErrors).toEqual({ webhookUrl: 'must use https', topics: 'unknown topic' })
})

test("the proxy's throttling reason and Retry-After are kept", () => {
  const error = toApiError(new Response(null, { status: 429, headers: { 'Retry-After': '12' } }), {
    title: 'Too Many Requests',
    extensions: { reason: 'console-budget' },
  })
  expect([error.reason, error.retryAfter]).toEqual(['console-budget', 12])
})

test('an empty 412 body still gives a usable error', () => {
  const error = toApiError(new Response(null, { status: 412 }), null)
  expect([error.status, error.message, error.fieldErrors]).toEqual([412, 'HTTP 412', {}])
})
