import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { expect, test } from 'vitest'
import { fakeNetwork, problem } from '../../test/network'
import { render } from '../../test/render'
import { AlertsTabs } from './alerts-tabs'

const tabs = () => screen.findByRole('navigation', { name: 'Alerts pages' })

test('the local outbox has a tab only where the console has one, marked as the current page there', async () => {
  const network = fakeNetwork(http.get('*/api/alerts/local-outbox', () => HttpResponse.json({ items: [] })))
  render(<AlertsTabs />, { path: '/alerts/local-outbox' })
  await tabs()
  const outbox = await screen.findByRole('link', { name: 'Local outbox' })
  expect(outbox.getAttribute('href')).toBe('/alerts/local-outbox')
  expect(outbox.getAttribute('aria-current')).toBe('page')
  expect(screen.getByRole('link', { name: 'Alerts' }).getAttribute('aria-current')).toBeNull()
  // Asked once, however often the tabs render.
  expect(network.requests.filter((request) => request.path === '/api/alerts/local-outbox')).toHaveLength(1)
})

test('with no local outbox (404), there is no tab for it', async () => {
  const network = fakeNetwork(http.get('*/api/alerts/local-outbox', () => problem(404)))
  render(<AlertsTabs />, { path: '/alerts/rules' })
  await tabs()
  await waitFor(() =>
    expect(network.requests.some((request) => request.path === '/api/alerts/local-outbox')).toBe(true),
  )
  expect(screen.getByRole('link', { name: 'Rules' }).getAttribute('aria-current')).toBe('page')
  expect(screen.getByRole('link', { name: 'Alerts' })).toBeTruthy()
  expect(screen.queryByRole('link', { name: 'Local outbox' })).toBeNull()
})
