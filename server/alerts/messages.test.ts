import { expect, test } from 'vitest'
import { renderMessage, type AlertFacts } from './messages.ts'

const facts: AlertFacts = {
  message: 'opened',
  condition: 'low-success-rate',
  ruleName: 'Paie en panne',
  endpointName: 'Synchro paie',
  // 09:26 UTC: 10:26 in Paris, in winter.
  openedAt: new Date('2026-12-01T09:26:00Z'),
  closedAt: null,
  failedDeliveries: 2,
  lastFailureCode: 500,
  lastFailureAt: new Date('2026-12-01T09:26:00Z'),
  links: { endpoint: 'https://c/e/1', failed: 'https://c/d?e=1', recover: 'https://c/e/1/recover' },
}

test('French writes the first of the month as an ordinal, other days as numbers; English as numbers', () => {
  expect(renderMessage(facts, 'fr').text).toContain('Depuis le 1er décembre 2026 à 10:26.')
  expect(renderMessage({ ...facts, openedAt: new Date('2026-12-11T09:26:00Z') }, 'fr').text).toContain(
    'Depuis le 11 décembre 2026 à 10:26.',
  )
  expect(renderMessage(facts, 'en').text).toContain('Since 1 December 2026 at 10:26.')
})
