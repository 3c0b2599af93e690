import { expect, test } from 'vitest'
import i18next from 'i18next'
import { describeTarget } from './audit-target'

await i18next.loadLanguages('fr')
const t = i18next.getFixedT('en', 'audit')
const fr = i18next.getFixedT('fr', 'audit')

test('a target in words, the endpoint by its name when the trail knows it', () => {
  const cases: [string, string | null, string][] = [
    ['webhook-endpoints/26', 'Payroll sync', 'Payroll sync (endpoint 26)'],
    ['webhook-endpoints/26', null, 'endpoint 26'],
    ['webhook-endpoints', null, 'a new endpoint'], // a creation Lucca refused: no id yet
    ['webhook-endpoints', 'Payroll sync', 'Payroll sync'],
    ['users/olga', null, 'user olga'],
    ['events/e1 -> webhook-endpoints/26', 'Payroll sync', 'event e1 to Payroll sync (endpoint 26)'],
    ['events/e1 -> webhook-endpoints/26', null, 'event e1 to endpoint 26'],
    // What this console does not recognise stays as recorded, rather than being guessed at.
    ['webhook-endpoints/?', null, 'webhook-endpoints/?'],
    ['events/e1 -> webhook-endpoints/?', null, 'events/e1 -> webhook-endpoints/?'],
    ['something/else/entirely', null, 'something/else/entirely'],
  ]
  for (const [target, targetLabel, expected] of cases) {
    expect(describeTarget({ target, targetLabel }, t), target).toBe(expected)
  }
  expect(describeTarget({ target: 'users/olga', targetLabel: null }, fr)).toBe('utilisateur olga')
  expect(describeTarget({ target: 'events/e1 -> webhook-endpoints/26', targetLabel: null }, fr)).toBe(
    'événement e1 vers point de terminaison 26',
  )
})
