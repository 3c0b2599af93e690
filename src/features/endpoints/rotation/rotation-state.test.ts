import { expect, test } from 'vitest'
import type { WebhookEndpoint } from '../../../lib/lucca-client'
import { baseName, isTwinOf, replacedAddress, rotationStep, twinOf } from './rotation-state'

function endpoint(id: string, more: Partial<WebhookEndpoint> = {}): WebhookEndpoint {
  return {
    id,
    type: 'webhook-endpoint',
    url: `https://acme.ilucca.net/lucca-api/webhook-endpoints/ep-${id}`,
    webhookUrl: 'https://hooks.example.com/lucca',
    topics: ['employee.created', 'leave.updated'],
    status: 'active',
    ...more,
  }
}

const old = endpoint('1', { name: 'Payroll', apiVersion: '2024-11-01', contentType: 'cloudEvents' })
const replaces = (address: string) => `replaces ${address}`
const twin = endpoint('2', { name: 'Payroll (replaces #ep-1)' })

test('the twin copies what the old endpoint delivers, and its name points at the old one by address', () => {
  expect(twinOf(old, replaces)).toEqual({
    name: 'Payroll (replaces #ep-1)',
    webhookUrl: old.webhookUrl,
    topics: old.topics,
    status: 'active',
    apiVersion: '2024-11-01',
    contentType: 'cloudEvents',
  })
  expect(replacedAddress({ name: 'Paie (remplace #ep-1)' })).toBe('ep-1')
  expect(replacedAddress({ name: 'Payroll' })).toBeNull()
  expect(isTwinOf(twin, old)).toBe(true)
  expect(isTwinOf({ ...twin, webhookUrl: 'https://elsewhere.example.com' }, old)).toBe(false)
})

test('a second rotation replaces the marker rather than piling them up; a nameless endpoint uses its host', () => {
  expect(twinOf(twin, replaces).name).toBe('Payroll (replaces #ep-2)')
  expect(baseName(twin)).toBe('Payroll')
  expect(baseName(endpoint('3'))).toBe('hooks.example.com')
  expect(twinOf(endpoint('4', { name: 'x'.repeat(255) }), replaces).name).toHaveLength(255)
})

test('the step is derived from the endpoints Lucca holds', () => {
  expect(rotationStep(old, null)).toBe('create')
  expect(rotationStep(old, twin)).toBe('overlap')
  expect(rotationStep({ ...old, status: 'suspended' }, twin)).toBe('overlap')
  expect(rotationStep({ ...old, status: 'inactive' }, twin)).toBe('retire')
  expect(rotationStep(null, twin)).toBe('finish')
})
