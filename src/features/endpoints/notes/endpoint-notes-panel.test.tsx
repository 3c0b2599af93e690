import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { http, HttpResponse } from 'msw'
import { afterEach, expect, test, vi } from 'vitest'
import type { EndpointNotes, EndpointNotesView } from '../../../../contract/console-notes-api'
import { fakeNetwork, problem } from '../../../test/network'
import { render } from '../../../test/render'
import { EndpointNotesPanel } from './endpoint-notes-panel'

const none: EndpointNotesView = {
  description: null,
  ownerName: null,
  ownerEmail: null,
  notes: null,
  updatedAt: null,
  updatedBy: null,
}
const written: EndpointNotesView = {
  description: 'Sends new hires to the payroll provider',
  ownerName: 'Jeanne Martin',
  ownerEmail: 'jeanne.martin@paie.example',
  notes: 'Call Jeanne before changing topics.\nThe receiver is down on Sundays.',
  updatedAt: '2026-11-30T09:15:00.000Z',
  updatedBy: 'olga',
}
const notesAt = (view: EndpointNotesView) =>
  http.get('*/api/endpoint-notes/:endpointId', () => HttpResponse.json(view))

afterEach(() => i18next.changeLanguage('en'))

test('a viewer reads the notes, with the contact as a mailto link, and cannot edit them', async () => {
  const network = fakeNetwork(notesAt(written))
  render(<EndpointNotesPanel endpointId="26" canEdit={false} />)
  const panel = await screen.findByRole('region', { name: 'Console notes' })
  expect(await within(panel).findByText('Sends new hires to the payroll provider')).toBeTruthy()
  expect(within(panel).getByText(/not by Lucca/)).toBeTruthy()
  expect(within(panel).getByRole('link', { name: 'jeanne.martin@paie.example' }).getAttribute('href')).toBe(
    'mailto:jeanne.martin@paie.example',
  )
  expect(
    within(panel).getByText(/Call Jeanne before changing topics\.\s+The receiver is down on Sundays\./),
  ).toBeTruthy()
  expect(within(panel).getByText(/^Last changed by olga on /)).toBeTruthy()
  expect(within(panel).getByText('Only admins can change these notes.')).toBeTruthy()
  expect(within(panel).queryByRole('button')).toBeNull()
  expect(within(panel).queryByRole('textbox')).toBeNull()
  // One read per view, by the endpoint's id.
  expect(network.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
    'GET /api/endpoint-notes/26',
  ])
})

test('an admin writes notes: checked at the form, saved, and shown with a confirmation', async () => {
  const user = userEvent.setup()
  const shown = vi.spyOn(notifications, 'show')
  let saved: EndpointNotes | null = null
  const network = fakeNetwork(
    notesAt(none),
    http.put('*/api/endpoint-notes/:endpointId', async ({ request }) => {
      saved = (await request.json()) as EndpointNotes
      return HttpResponse.json({ ...saved, updatedAt: '2026-12-01T08:00:00.000Z', updatedBy: 'ada' })
    }),
  )
  render(<EndpointNotesPanel endpointId="26" canEdit />)
  await user.click(await screen.findByRole('button', { name: 'Add notes' }))

  await user.type(screen.getByRole('textbox', { name: 'Contact email' }), 'jeanne at paie')
  await user.click(screen.getByRole('textbox', { name: /Description/ }))
  await user.paste('x'.repeat(501))
  await user.click(screen.getByRole('button', { name: 'Save notes' }))
  expect(await screen.findByText('Enter an email address, like name@example.com.')).toBeTruthy()
  expect(screen.getByText('At most 500 characters (501 now).')).toBeTruthy()
  expect(network.requests.filter((request) => request.method === 'PUT')).toEqual([])

  await user.clear(screen.getByRole('textbox', { name: /Description/ }))
  await user.type(screen.getByRole('textbox', { name: /Description/ }), '  Payroll feed ')
  await user.clear(screen.getByRole('textbox', { name: 'Contact email' }))
  await user.type(screen.getByRole('textbox', { name: 'Contact email' }), 'jeanne@paie.example')
  await user.type(screen.getByRole('textbox', { name: /^Notes/ }), 'Ask Jeanne first.')
  await user.click(screen.getByRole('button', { name: 'Save notes' }))

  expect(await screen.findByRole('link', { name: 'jeanne@paie.example' })).toBeTruthy()
  expect(saved).toEqual({
    description: 'Payroll feed',
    ownerName: null,
    ownerEmail: 'jeanne@paie.example',
    notes: 'Ask Jeanne first.',
  })
  const put = network.requests.find((request) => request.method === 'PUT')
  expect(put?.path).toBe('/api/endpoint-notes/26')
  expect(put?.headers.get('X-Console-Request')).toBe('1')
  expect(screen.getByText(/^Last changed by ada on /)).toBeTruthy()
  expect(shown).toHaveBeenCalledWith(expect.objectContaining({ message: 'Console notes saved.' }))
  expect(screen.getByRole('button', { name: 'Edit notes' })).toBeTruthy()
  expect(network.requests.filter((request) => request.method === 'GET')).toHaveLength(1)
})

test('a failed save (the database down) says so and keeps every character typed; the retry saves it', async () => {
  const user = userEvent.setup()
  let down = true
  fakeNetwork(
    notesAt(written),
    http.put('*/api/endpoint-notes/:endpointId', async ({ request }) => {
      if (down) return problem(503, { title: 'Unavailable', extensions: { reason: 'database-unavailable' } })
      const body = (await request.json()) as EndpointNotes
      return HttpResponse.json({ ...body, updatedAt: '2026-12-01T08:00:00.000Z', updatedBy: 'ada' })
    }),
  )
  render(<EndpointNotesPanel endpointId="26" canEdit />)
  await user.click(await screen.findByRole('button', { name: 'Edit notes' }))
  const notes = screen.getByRole('textbox', { name: /^Notes/ })
  await user.type(notes, '\nNew contract from January.')
  await user.click(screen.getByRole('button', { name: 'Save notes' }))

  const alert = await screen.findByRole('alert')
  expect(alert.textContent).toContain('The notes were not saved.')
  expect(alert.textContent).toContain('The console cannot reach its own database right now.')
  expect((screen.getByRole('textbox', { name: /^Notes/ }) as HTMLTextAreaElement).value).toBe(
    `${written.notes}\nNew contract from January.`,
  )
  down = false
  await user.click(screen.getByRole('button', { name: 'Save notes' }))
  expect(await screen.findByText(/New contract from January\./)).toBeTruthy()
  expect(screen.queryByRole('textbox')).toBeNull()
})

test('the server’s field errors show under their fields, the text kept', async () => {
  const user = userEvent.setup()
  fakeNetwork(
    notesAt(none),
    http.put('*/api/endpoint-notes/:endpointId', () =>
      problem(400, {
        title: 'Some fields are not valid',
        extensions: { reason: 'bad-body' },
        errors: { ownerName: ['Too big: expected string to have <=120 characters'] },
      }),
    ),
  )
  render(<EndpointNotesPanel endpointId="26" canEdit />)
  await user.click(await screen.findByRole('button', { name: 'Add notes' }))
  await user.type(screen.getByRole('textbox', { name: 'Contact name' }), 'Jeanne')
  await user.click(screen.getByRole('button', { name: 'Save notes' }))
  const name = screen.getByRole('textbox', { name: 'Contact name' })
  await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
  expect(screen.getByText('Too big: expected string to have <=120 characters')).toBeTruthy()
  expect((name as HTMLInputElement).value).toBe('Jeanne')
  expect(screen.queryByRole('alert')).toBeNull()
})

test('in French, the panel says the notes are the console’s, not Lucca’s', async () => {
  await i18next.changeLanguage('fr')
  fakeNetwork(notesAt(none))
  render(<EndpointNotesPanel endpointId="26" canEdit={false} />)
  const panel = await screen.findByRole('region', { name: 'Notes de la console' })
  expect(within(panel).getByText(/pas par Lucca/)).toBeTruthy()
  expect(await within(panel).findByText('Aucune note pour l’instant.')).toBeTruthy()
  expect(within(panel).getByText('Seuls les administrateurs peuvent modifier ces notes.')).toBeTruthy()
})
