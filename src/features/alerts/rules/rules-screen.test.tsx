import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { http, HttpResponse } from 'msw'
import { afterEach, expect, test, vi } from 'vitest'
import type { AlertRule, AlertRuleInput } from '../../../../contract/console-alerts-api'
import { fakeNetwork, problem } from '../../../test/network'
import { render } from '../../../test/render'
import { RulesScreen } from './rules-screen'

afterEach(() => i18next.changeLanguage('en'))

const endpoints = [
  { id: '26', name: 'HR data warehouse' },
  { id: '27', name: 'Payroll provider' },
]
const suspended: AlertRule = {
  id: 'r1',
  name: 'Integration suspended',
  enabled: true,
  condition: 'suspended',
  endpointId: null,
  percent: 80,
  minutes: 60,
  minDeliveries: 5,
  hours: 24,
  notifyRecovery: true,
  recipients: [
    { kind: 'email', address: 'hr-it@acme.fr', language: 'fr' },
    { kind: 'slack', url: 'https://hooks.slack.com/services/T000/B000/XXXX', language: 'en' },
  ],
  updatedAt: '2026-12-01T09:00:00Z',
  updatedBy: 'olga',
}
const lowRate: AlertRule = {
  ...suspended,
  id: 'r2',
  name: 'Payroll slow',
  enabled: false,
  condition: 'low-success-rate',
  endpointId: '27',
  notifyRecovery: false,
  recipients: [{ kind: 'endpoint-owner', language: 'en' }],
}
const rulesAt = (...items: AlertRule[]) => http.get('*/api/alerts/rules', () => HttpResponse.json({ items }))

test('a viewer reads each rule in words, with no button to change them', async () => {
  fakeNetwork(rulesAt(suspended, lowRate))
  render(<RulesScreen canEdit={false} endpoints={endpoints} />)
  const first = await screen.findByRole('listitem', { name: 'Integration suspended' })
  expect(
    within(first).getByText(
      'When an integration is suspended by Lucca → email hr-it@acme.fr (French), Slack (English), and again when it is fixed',
    ),
  ).toBeTruthy()
  // A Slack hook's address is its credential: never shown whole.
  expect(document.body.textContent).not.toContain('XXXX')
  const second = screen.getByRole('listitem', { name: 'Payroll slow' })
  expect(within(second).getByText('Off')).toBeTruthy()
  expect(
    within(second).getByText(
      'When fewer than 80 % of deliveries to the integration “Payroll provider” arrive over 60 minutes, with at least 5 sent → the integration’s owner (English)',
    ),
  ).toBeTruthy()
  expect(screen.getByText('Only administrators can change the rules.')).toBeTruthy()
  expect(screen.queryByRole('button')).toBeNull()
})

test('a rule on an endpoint deleted since says so; while the endpoints load, it is named by its id', async () => {
  fakeNetwork(rulesAt({ ...suspended, endpointId: '99' }))
  const { unmount } = render(<RulesScreen canEdit={false} endpoints={endpoints} />)
  expect(
    await screen.findByText(/^When an integration that no longer exists \(99\) is suspended by Lucca → /),
  ).toBeTruthy()
  unmount()
  render(<RulesScreen canEdit={false} endpoints={null} />)
  expect(await screen.findByText(/^When the integration “99” is suspended by Lucca → /)).toBeTruthy()
})

test('with no rule yet, an admin is told nobody is warned', async () => {
  fakeNetwork(rulesAt())
  render(<RulesScreen canEdit endpoints={endpoints} />)
  expect(await screen.findByText(/No rule yet: nobody is told when an integration breaks/)).toBeTruthy()
  expect(screen.getByRole('button', { name: 'Add a rule' })).toBeTruthy()
})

test('a failed load says why, with a retry', async () => {
  fakeNetwork(
    http.get('*/api/alerts/rules', () => problem(503, { extensions: { reason: 'database-unavailable' } })),
  )
  render(<RulesScreen canEdit endpoints={endpoints} />)
  const alert = await screen.findByRole('alert')
  expect(alert.textContent).toContain('The console cannot reach its own database right now.')
  expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy()
})

test('an admin adds a rule: checked at the form first, then sent as the contract says', async () => {
  const user = userEvent.setup()
  const shown = vi.spyOn(notifications, 'show')
  let sent: AlertRuleInput | null = null
  const network = fakeNetwork(
    rulesAt(),
    http.post('*/api/alerts/rules', async ({ request }) => {
      sent = (await request.json()) as AlertRuleInput
      return HttpResponse.json({ ...suspended, ...sent, id: 'r9', name: 'Payroll broken' })
    }),
  )
  render(<RulesScreen canEdit endpoints={endpoints} />)
  await user.click(await screen.findByRole('button', { name: 'Add a rule' }))
  // The form opens above the list, and the keyboard goes there.
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'New rule' }))
  await user.click(screen.getByRole('radio', { name: /Too many deliveries fail/ }))
  expect(
    screen.getByText('Fewer than 80 % delivered over 60 minutes, when at least 5 were sent.'),
  ).toBeTruthy()
  const percent = screen.getByRole('textbox', { name: 'Fewer than (%)' })
  await user.clear(percent)
  await user.type(percent, '150')
  await user.click(screen.getByRole('textbox', { name: 'Email address' }))
  await user.paste('hr-it at acme')
  await user.click(screen.getByRole('button', { name: 'Save the rule' }))

  expect(await screen.findByText('Give the rule a name (at most 120 characters).')).toBeTruthy()
  expect(screen.getByText('A whole number from 1 to 100.')).toBeTruthy()
  expect(screen.getByText('Enter an email address, like name@example.com.')).toBeTruthy()
  expect(network.requests.filter((request) => request.method === 'POST')).toEqual([])

  await user.click(screen.getByRole('textbox', { name: /^Name/ }))
  await user.paste('Payroll broken')
  await user.clear(percent)
  await user.click(percent)
  await user.paste('90')
  const address = screen.getByRole('textbox', { name: 'Email address' })
  await user.clear(address)
  await user.click(address)
  await user.paste('hr-it@acme.fr')
  await user.click(screen.getByRole('button', { name: 'Add a recipient' }))
  await user.selectOptions(screen.getAllByRole('combobox', { name: 'Send to' })[1] as HTMLElement, 'teams')
  await user.click(screen.getByRole('textbox', { name: /^Hook address/ }))
  await user.paste('https://acme.webhook.office.com/x')
  await user.click(screen.getByRole('button', { name: 'Save the rule' }))

  await waitFor(() => expect(sent).not.toBeNull())
  expect(sent).toEqual({
    name: 'Payroll broken',
    enabled: true,
    condition: 'low-success-rate',
    endpointId: null,
    percent: 90,
    minutes: 60,
    minDeliveries: 5,
    hours: 24,
    notifyRecovery: true,
    recipients: [
      { kind: 'email', address: 'hr-it@acme.fr', language: 'en' },
      { kind: 'teams', url: 'https://acme.webhook.office.com/x', language: 'en' },
    ],
  })
  expect(shown).toHaveBeenCalledWith(expect.objectContaining({ message: 'Rule saved.' }))
  expect(await screen.findByRole('button', { name: 'Add a rule' })).toBeTruthy()
  expect(screen.queryByRole('button', { name: 'Save the rule' })).toBeNull()
})

test('the server’s 400 shows at its field, and every value typed stays', async () => {
  const user = userEvent.setup()
  fakeNetwork(
    rulesAt(suspended),
    http.put('*/api/alerts/rules/:id', () =>
      problem(400, {
        title: 'Some fields are not valid',
        extensions: { reason: 'bad-body' },
        errors: { 'recipients[1].url': ['The console cannot reach this hook: its host does not resolve'] },
      }),
    ),
  )
  render(<RulesScreen canEdit endpoints={endpoints} />)
  await user.click(await screen.findByRole('button', { name: 'Edit the rule “Integration suspended”' }))
  const name = screen.getByRole('textbox', { name: /^Name/ })
  await user.clear(name)
  await user.paste('Anything suspended')
  await user.selectOptions(screen.getByRole('combobox', { name: 'Which integrations' }), 'HR data warehouse')
  await user.click(screen.getByRole('button', { name: 'Save the rule' }))

  const hook = screen.getByRole('textbox', { name: /^Hook address/ })
  await waitFor(() => expect(hook.getAttribute('aria-invalid')).toBe('true'))
  expect(screen.getByText('The console cannot reach this hook: its host does not resolve')).toBeTruthy()
  expect((hook as HTMLInputElement).value).toBe('https://hooks.slack.com/services/T000/B000/XXXX')
  expect((screen.getByRole('textbox', { name: /^Name/ }) as HTMLInputElement).value).toBe(
    'Anything suspended',
  )
  const scope = screen.getByRole('combobox', { name: 'Which integrations' }) as HTMLSelectElement
  expect(scope.selectedOptions[0]?.textContent).toBe('HR data warehouse')
})

test('deleting a rule asks first; cancelling keeps it, confirming deletes it', async () => {
  const user = userEvent.setup()
  let rules = [suspended, lowRate]
  const network = fakeNetwork(
    http.get('*/api/alerts/rules', () => HttpResponse.json({ items: rules })),
    http.delete('*/api/alerts/rules/:id', ({ params }) => {
      rules = rules.filter((rule) => rule.id !== params.id)
      return new HttpResponse(null, { status: 204 })
    }),
  )
  render(<RulesScreen canEdit endpoints={endpoints} />)
  await user.click(await screen.findByRole('button', { name: 'Delete the rule “Payroll slow”' }))
  const dialog = await screen.findByRole('dialog', { name: 'Delete the rule “Payroll slow”?' })
  expect(within(dialog).getByText(/Alerts it already raised stay in the list/)).toBeTruthy()
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  expect(network.requests.filter((request) => request.method === 'DELETE')).toEqual([])

  await user.click(screen.getByRole('button', { name: 'Delete the rule “Payroll slow”' }))
  await user.click(
    within(await screen.findByRole('dialog', { name: /Payroll slow/ })).getByRole('button', {
      name: 'Delete the rule',
    }),
  )
  await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Payroll slow' })).toBeNull())
  expect(network.requests.find((request) => request.method === 'DELETE')?.path).toBe('/api/alerts/rules/r2')
  expect(screen.getByRole('listitem', { name: 'Integration suspended' })).toBeTruthy()
})

test('for the developer: the signing secret shows once opened, and renewing it asks first', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    rulesAt(suspended),
    http.get('*/api/alerts/signing-secret', () =>
      HttpResponse.json({
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        createdAt: '2026-11-01T09:00:00Z',
      }),
    ),
    http.post('*/api/alerts/signing-secret/rotate', () =>
      HttpResponse.json({
        secret: 'whsec_NEWNEWNEWNEWNEWNEWNEWNEWNEWNEW9999',
        createdAt: '2026-12-02T09:00:00Z',
      }),
    ),
  )
  render(<RulesScreen canEdit endpoints={endpoints} />)
  const disclosure = await screen.findByRole('button', { name: /For your developer/ })
  expect(network.requests.some((request) => request.path === '/api/alerts/signing-secret')).toBe(false)
  await user.click(disclosure)
  expect(disclosure.getAttribute('aria-expanded')).toBe('true')
  expect(screen.getByText(/webhook-id, webhook-timestamp and webhook-signature/)).toBeTruthy()
  const secret = await screen.findByLabelText('Signing secret')
  expect(secret.textContent).toMatch(/•+LaSw$/)
  await user.click(screen.getByRole('button', { name: 'Show the secret' }))
  expect(secret.textContent).toBe('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')

  await user.click(screen.getByRole('button', { name: 'Renew the secret' }))
  const dialog = await screen.findByRole('dialog', { name: 'Renew the signing secret?' })
  expect(network.requests.filter((request) => request.method === 'POST')).toEqual([])
  await user.click(within(dialog).getByRole('button', { name: 'Renew the secret' }))
  await waitFor(() => expect(screen.getByLabelText('Signing secret').textContent).toMatch(/9999$/))
  expect(network.requests.find((request) => request.method === 'POST')?.path).toBe(
    '/api/alerts/signing-secret/rotate',
  )
})

test('viewers do not get the signing secret, nor its disclosure', async () => {
  const network = fakeNetwork(rulesAt(suspended))
  render(<RulesScreen canEdit={false} endpoints={endpoints} />)
  expect(await screen.findByRole('listitem', { name: 'Integration suspended' })).toBeTruthy()
  expect(screen.queryByText(/For your developer/)).toBeNull()
  expect(network.requests.map((request) => request.path)).toEqual(['/api/alerts/rules'])
})

test('in French, the rule reads as a French HR admin writes it', async () => {
  await i18next.changeLanguage('fr')
  fakeNetwork(rulesAt(suspended))
  render(<RulesScreen canEdit={false} endpoints={endpoints} />)
  expect(
    await screen.findByText(
      'Quand une intégration est suspendue par Lucca → e-mail à hr-it@acme.fr (français), Slack (anglais), puis quand tout est rétabli',
    ),
  ).toBeTruthy()
})
