import { expect, test } from 'vitest'
import { checklistOf } from './checklist'

const doneIds = (facts: Parameters<typeof checklistOf>[0]) =>
  checklistOf(facts)
    .filter((step) => step.done)
    .map((step) => step.id)

test('a new inactive endpoint has only been created', () => {
  expect(
    doneIds({
      endpointStatus: 'inactive',
      secretStored: false,
      signatureVerified: false,
      testDelivered: false,
    }),
  ).toEqual(['created'])
})

test('a suspended endpoint passed the challenge once but is not active', () => {
  expect(
    doneIds({
      endpointStatus: 'suspended',
      secretStored: true,
      signatureVerified: true,
      testDelivered: true,
    }),
  ).toEqual(['created', 'secretStored', 'challenge', 'signature', 'testDelivered'])
})

test('an active endpoint that received a test is fully onboarded', () => {
  expect(
    doneIds({ endpointStatus: 'active', secretStored: true, signatureVerified: true, testDelivered: true }),
  ).toHaveLength(6)
})
