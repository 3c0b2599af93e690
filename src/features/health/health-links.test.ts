import { expect, test } from 'vitest'
import { deliveriesHref } from './health-links'

const span = { from: '2026-03-10T14:00:00.000Z', to: '2026-03-10T15:00:00.000Z' }

test('a bar leads to the delivery log of its span, its endpoint and its outcome', () => {
  expect(deliveriesHref(span, {})).toBe(
    '/deliveries?from=2026-03-10T14%3A00%3A00.000Z&to=2026-03-10T15%3A00%3A00.000Z',
  )
  const href = deliveriesHref(span, { endpointId: 'ep 26', status: 'failed' })
  expect(href).toBe(
    '/deliveries?endpoint=ep+26&status=failed&from=2026-03-10T14%3A00%3A00.000Z&to=2026-03-10T15%3A00%3A00.000Z',
  )
})
