import { expect, test } from 'vitest'
import i18next from 'i18next'
import { describeTarget, touchedBy } from './audit-target'

await i18next.loadLanguages('fr')
const t = i18next.getFixedT('en', 'audit')
const fr = i18next.getFixedT('fr', 'audit')

test('a target in words, the endpoint by its name when the trail knows it', () => {
  const cases: [string, string | null, string][] = [
    ['webhook-endpoints/26', 'Payroll sync', 'the endpoint Payroll sync'],
    ['webhook-endpoints/26', null, 'the endpoint 26'],
    ['webhook-endpoints', null, 'a new endpoint'], // a creation Lucca refused: no id yet
    ['webhook-endpoints', 'Payroll sync', 'Payroll sync'],
    ['users/olga', null, 'the user olga'],
    ['events/e1 -> webhook-endpoints/26', 'Payroll sync', 'event e1 to the endpoint Payroll sync'],
    ['events/e1 (employee.created) -> webhook-endpoints/26', null, 'event e1 to the endpoint 26'],
    ['events/e1 -> webhook-endpoints/26', null, 'event e1 to the endpoint 26'],
    // What this console does not recognise stays as recorded, rather than being guessed at.
    ['webhook-endpoints/?', null, 'webhook-endpoints/?'],
    ['events/e1 -> webhook-endpoints/?', null, 'events/e1 -> webhook-endpoints/?'],
    ['something/else/entirely', null, 'something/else/entirely'],
  ]
  for (const [target, targetLabel, expected] of cases) {
    expect(describeTarget({ target, targetLabel }, t), target).toBe(expected)
  }
  expect(describeTarget({ target: 'users/olga', targetLabel: null }, fr)).toBe('l’utilisateur olga')
  expect(describeTarget({ target: 'events/e1 -> webhook-endpoints/26', targetLabel: null }, fr)).toBe(
    'l’événement e1 vers le point de terminaison 26',
  )
})

test('what an entry touched links to where the console shows it, and a resent event keeps its id and topic', () => {
  expect(touchedBy({ target: 'webhook-endpoints/26', targetLabel: 'Paie' }, fr)).toEqual({
    words: 'le point de terminaison Paie',
    href: '/endpoints/26',
    event: null,
  })
  expect(
    touchedBy(
      { target: 'events/e1 (employee.created) -> webhook-endpoints/26', targetLabel: 'Payroll sync' },
      t,
    ),
  ).toEqual({
    words: 'the endpoint Payroll sync',
    href: '/endpoints/26',
    event: { id: 'e1', topic: 'employee.created' },
  })
  expect(touchedBy({ target: 'users/olga', targetLabel: null }, t)).toMatchObject({ href: '/users' })
  expect(touchedBy({ target: 'webhook-endpoints/?', targetLabel: null }, t)).toMatchObject({ href: null })
})
