import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, expect, test } from 'vitest'
import type { EndpointSummary } from '../../../contract/console-history-api'
import i18n from 'i18next'
import { fakeNetwork } from '../../test/network'
import { render } from '../../test/render'
import { anEndpointSummary } from '../../test/history-fixtures'
import { AttentionBanner } from './attention-banner'

afterEach(() => i18n.changeLanguage('en'))

const failing = (n: number, name: string | null): EndpointSummary =>
  anEndpointSummary({
    id: String(n),
    name,
    health: {
      state: 'failing',
      delivered: 0,
      failed: 3,
      retrying: 0,
      successRate: 0,
      lastDeliveryAt: null,
      lastFailureAt: '2026-01-02T00:00:00Z',
      lastFailureCode: 500,
    },
  })

/** The history's list answered with the failing endpoints' first page and their total. */
function failingOnes(items: EndpointSummary[], total = items.length) {
  return fakeNetwork(
    http.get('*/api/history/endpoints', () => HttpResponse.json({ items, total, page: 1, pageSize: 3 })),
  )
}

test('names the failing endpoints, worst first, each a link to its page, and how many more there are', async () => {
  const network = failingOnes(
    [failing(1, 'HR data warehouse'), failing(2, 'Legacy intranet'), failing(3, null)],
    5,
  )
  render(<AttentionBanner />)
  const banner = await screen.findByRole('region', { name: '5 integrations are failing' })
  const links = within(banner).getAllByRole('link')
  expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
    ['HR data warehouse', '/endpoints/ep-1'],
    ['Legacy intranet', '/endpoints/ep-2'],
    ['hooks3.example.com', '/endpoints/ep-3'],
    ['See the failing endpoints', '/endpoints?health=failing'],
  ])
  expect(banner.textContent).toContain('and 2 more')
  // The list's own "Failing" filter, worst first: the history answers it, Lucca is not asked.
  const asked = network.requests.filter((r) => r.path === '/api/history/endpoints')
  expect(asked[0]?.search.toString()).toBe('health=failing&sort=health&page=1&pageSize=3')
  expect(network.requests.some((r) => r.path.startsWith('/lucca-api/'))).toBe(false)
})

test('in French, one failing integration, all of it named', async () => {
  await i18n.changeLanguage('fr')
  failingOnes([failing(1, 'Entrepôt RH')])
  render(<AttentionBanner />)
  const banner = await screen.findByRole('region', { name: '1 intégration est en échec' })
  expect(within(banner).getByRole('link', { name: 'Entrepôt RH' })).toBeTruthy()
  expect(within(banner).queryByText(/autre/)).toBeNull()
})

test('says nothing when nothing is failing', async () => {
  const network = failingOnes([])
  render(<AttentionBanner />)
  await expect.poll(() => network.requests.length).toBeGreaterThan(0)
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(screen.queryByRole('region')).toBeNull()
})
