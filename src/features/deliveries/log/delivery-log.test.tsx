import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { http, HttpResponse } from 'msw'
import { afterEach, expect, test } from 'vitest'
import type { DeliveryRow } from '../../../../contract/console-history-api'
import { fakeNetwork } from '../../../test/network'
import { render } from '../../../test/render'
import { DeliveryLog } from './delivery-log'

const base = 'http://localhost/lucca-api'
const row = (id: string, fields: Partial<DeliveryRow> = {}): DeliveryRow => ({
  id,
  url: `${base}/webhook-deliveries/${id}`,
  endpointId: '26',
  endpointName: 'Payroll sync',
  endpointWebhookUrl: 'https://paie.example.com/in',
  endpointDeleted: false,
  eventId: `e-${id}`,
  topic: 'employee.updated',
  resourceId: 'emp-42',
  status: 'failed',
  attemptsCount: 5,
  nextAttemptAt: null,
  createdAt: '2026-03-10T09:30:00Z',
  lastAttemptAt: '2026-03-10T12:00:00Z',
  lastStatusCode: 404,
  deliveredAt: null,
  ...fields,
})
const topics = [{ group: 'Employee', items: [{ value: 'employee.updated', label: 'employee.updated' }] }]
const common = {
  topics,
  topicLabel: (topic: string) => (topic === 'employee.updated' ? 'Employee: changed' : topic),
  endpointHref: (id: string) => (id === '26' ? '/endpoints/payroll-26' : null),
}
const props = { ...common, endpoints: [{ value: '26', label: 'Payroll sync' }] }

afterEach(() => i18next.changeLanguage('en'))

test('the filters come from the URL and go to the history; "Older" follows its cursor; exports keep the filters', async () => {
  const user = userEvent.setup()
  const network = fakeNetwork(
    http.get('*/api/history/deliveries', ({ request }) => {
      const cursor = new URL(request.url).searchParams.get('cursor')
      return HttpResponse.json(
        cursor
          ? { items: [row('d3', { status: 'delivered', lastStatusCode: 200, attemptsCount: 1 })], next: null }
          : {
              items: [row('d1'), row('d2', { lastStatusCode: null, topic: 'new-thing.created' })],
              next: 'c2',
            },
      )
    }),
  )
  const { router } = render(<DeliveryLog {...props} />, { path: '/deliveries?status=failed&from=2026-03-10' })

  const first = await screen.findByRole('row', { name: /Employee: changed/ })
  expect(within(first).getByText('Payroll sync').closest('a')?.getAttribute('href')).toBe(
    '/endpoints/payroll-26',
  )
  // The HTTP code column: the code, its words under it and on hover.
  expect(within(first).getByTitle('404 Not found')).toHaveProperty('textContent', '404Not found')
  expect(within(first).getByText(/about emp-42/)).toBeTruthy()
  expect(within(first).getAllByRole('link')[0]?.getAttribute('href')).toBe('/deliveries/d1')
  expect(within(screen.getByRole('row', { name: /new-thing\.created/ })).getByText('No answer')).toBeTruthy()
  const sent = network.requests[0]?.search
  expect(sent?.get('status')).toBe('failed')
  expect(sent?.get('from')).toBe(new Date('2026-03-10T00:00:00').toISOString())
  expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
    `/api/history/deliveries.csv?${new URLSearchParams({ status: 'failed', from: sent?.get('from') ?? '' })}`,
  )
  expect(screen.getByRole('link', { name: 'Export JSON' }).getAttribute('href')).toMatch(
    /^\/api\/history\/deliveries\.json\?status=failed&from=/,
  )

  await user.click(screen.getByRole('button', { name: 'Older' }))
  expect(router.state.location.search).toBe('?status=failed&from=2026-03-10&cursor=c2')
  expect(await screen.findByRole('row', { name: /200\s*OK/ })).toBeTruthy()
  await user.click(screen.getByRole('button', { name: 'Back to newest' }))
  expect(router.state.location.search).toBe('?status=failed&from=2026-03-10')

  // A resource id, typed: sent once the typing pauses, with the page back to the newest.
  await user.type(screen.getByRole('textbox', { name: 'Resource id' }), 'emp-42')
  await waitFor(() =>
    expect(router.state.location.search).toBe('?status=failed&from=2026-03-10&resource=emp-42'),
  )
  expect(screen.getByText(/Event contents are not searched, to protect personal data/)).toBeTruthy()
})

test('one endpoint’s log is filtered by its id whatever the URL says, and offers no endpoint to pick', async () => {
  const network = fakeNetwork(
    http.get('*/api/history/deliveries', () => HttpResponse.json({ items: [], next: null })),
  )
  render(<DeliveryLog {...common} endpointId="27" />, { path: '/x?endpoint=26' })
  expect(await screen.findByText('No delivery yet')).toBeTruthy()
  expect(network.requests[0]?.search.get('endpoint')).toBe('27')
  expect(screen.queryByRole('combobox', { name: 'Endpoint' })).toBeNull()
})

test('a delivery to an endpoint deleted since says so, with no link to a page that is gone', async () => {
  fakeNetwork(
    http.get('*/api/history/deliveries', () =>
      HttpResponse.json({
        items: [row('9', { endpointId: '26', endpointName: 'Old intranet', endpointDeleted: true })],
        next: null,
      }),
    ),
  )
  render(<DeliveryLog {...props} />, { path: '/deliveries' })
  const table = await screen.findByRole('table')
  expect(within(table).getByText('Old intranet (deleted)')).toBeTruthy()
  expect(within(table).queryByRole('link', { name: /Old intranet/ })).toBeNull()
})

test('in French, and an empty filtered log offers to clear the filters', async () => {
  await i18next.changeLanguage('fr')
  const user = userEvent.setup()
  fakeNetwork(http.get('*/api/history/deliveries', () => HttpResponse.json({ items: [], next: null })))
  const { router } = render(<DeliveryLog {...props} />, { path: '/deliveries?code=503' })
  expect(await screen.findByText('Aucun envoi ne correspond')).toBeTruthy()
  expect(screen.getByRole('combobox', { name: 'Dernière réponse' })).toHaveProperty('value', '503')
  await user.click(screen.getAllByRole('button', { name: 'Effacer les filtres' })[0] as HTMLElement)
  expect(router.state.location.search).toBe('')
})
