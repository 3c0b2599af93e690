import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { Route, Routes } from 'react-router'
import { expect, test } from 'vitest'
import type { EndpointNotesView } from '../../../contract/console-notes-api'
import type { Session } from '../../../contract/console-api'
import { anEndpoint } from '../../test/lucca-fixtures'
import { fakeNetwork, lucca, signedInAs } from '../../test/network'
import { render } from '../../test/render'
import { EndpointPage } from './endpoint-page'

const viewer: Session = {
  user: { username: 'vic', role: 'viewer' },
  accounts: [
    {
      id: 'sandbox',
      label: 'Acme sandbox',
      environment: 'sandbox',
      apiHost: 'https://acme.ilucca-sandbox.net',
      allowsPrivateReceivers: false,
      testReceiverUrl: null,
    },
  ],
  activeAccountId: 'sandbox',
}
const notes: EndpointNotesView = {
  description: 'Payroll feed',
  ownerName: 'Jeanne Martin',
  ownerEmail: 'jeanne@paie.example',
  notes: null,
  updatedAt: '2026-11-30T09:15:00.000Z',
  updatedBy: 'olga',
}

test('the detail page reads the console notes once, by the endpoint’s id, not by its address', async () => {
  // Lucca may give a resource a `url` whose last segment is not its id (contract §12 R3): the page is
  // addressed by that segment, the notes by the id.
  const endpoint = anEndpoint({
    id: '26',
    name: 'Payroll sync',
    url: 'https://acme.ilucca-sandbox.net/lucca-api/webhook-endpoints/payroll-26',
  })
  const network = fakeNetwork(
    signedInAs(viewer),
    lucca.get('/lucca-api/webhook-endpoints/{id}', ({ response }) => response(200).json(endpoint)),
    http.get('*/api/endpoint-notes/:endpointId', () => HttpResponse.json(notes)),
  )
  render(
    <Routes>
      <Route path="endpoints/:endpointAddress" element={<EndpointPage />} />
    </Routes>,
    { path: '/endpoints/payroll-26' },
  )

  const panel = await screen.findByRole('region', { name: 'Console notes' })
  expect(await within(panel).findByText('Payroll feed')).toBeTruthy()
  expect(within(panel).queryByRole('button', { name: /notes/ })).toBeNull() // a viewer reads only
  const notesReads = network.requests.filter((request) => request.path.startsWith('/api/endpoint-notes/'))
  expect(notesReads.map((request) => `${request.method} ${request.path}`)).toEqual([
    'GET /api/endpoint-notes/26',
  ])
})
