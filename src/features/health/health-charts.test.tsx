import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { http, HttpResponse } from 'msw'
import { afterEach, expect, test } from 'vitest'
import type { Stats, StatsBucket } from '../../../contract/console-history-stats-api'
import { fakeNetwork, problem } from '../../test/network'
import { render } from '../../test/render'
import { LazyHealthCharts } from './lazy-health-charts'

const HOUR = 3_600_000
const START = Date.parse('2026-03-10T00:00:00Z')
const bucket = (n: number, fields: Partial<StatsBucket> = {}): StatsBucket => ({
  from: new Date(START + n * HOUR).toISOString(),
  to: new Date(START + (n + 1) * HOUR).toISOString(),
  delivered: 0,
  failing: 0,
  failed: 0,
  successRate: null,
  attempts: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, none: 0 },
  timeToDeliveryMs: { p50: null, p95: null },
  ...fields,
})
const day = (buckets: StatsBucket[]): Stats => ({ range: '24h', bucketMs: HOUR, buckets, topCodes: [] })
const busy = day(
  Array.from({ length: 24 }, (_, n) =>
    n === 14
      ? bucket(n, {
          delivered: 1234,
          failing: 2,
          failed: 5,
          successRate: 1234 / 1241,
          attempts: { '2xx': 1234, '3xx': 0, '4xx': 3, '5xx': 4, none: 1 },
          timeToDeliveryMs: { p50: 850, p95: 12_500 },
        })
      : bucket(n),
  ),
)
const stats = (answer: (search: URLSearchParams) => Stats | Response) =>
  http.get('*/api/history/stats', ({ request }) => {
    const result = answer(new URL(request.url).searchParams)
    return result instanceof Response ? result : HttpResponse.json(result)
  })

afterEach(() => i18next.changeLanguage('en'))

test(
  'each chart’s figures read as a table, for one endpoint, its spans linking to their deliveries',
  { timeout: 30_000 },
  async () => {
    const user = userEvent.setup()
    const network = fakeNetwork(stats(() => busy))
    render(<LazyHealthCharts endpointId="ep-26" />, { path: '/endpoints/payroll-26?range=24h' })
    // The charts' code loads on first show (lazy-health-charts): transforming recharts takes a while here.
    const deliveries = await screen.findByRole('region', { name: 'Deliveries' }, { timeout: 20_000 })
    within(deliveries).getByText(/How many messages reached the receiver.*each hour/)
    await user.click(within(deliveries).getByRole('button', { name: 'Show as table' }))
    const table = within(deliveries).getByRole('table', { name: 'Deliveries' })
    const span = new Intl.DateTimeFormat('en', {
      day: '2-digit',
      month: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
    const busyRow = within(table).getByRole('row', {
      name: new RegExp(span.format(new Date(START + 14 * HOUR))),
    })
    expect(
      within(busyRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1,234', '2', '5'])
    expect(within(busyRow).getByRole('link').getAttribute('href')).toBe(
      '/deliveries?endpoint=ep-26&from=2026-03-10T14%3A00%3A00.000Z&to=2026-03-10T15%3A00%3A00.000Z',
    )
    const time = screen.getByRole('region', { name: 'Time to delivery' })
    await user.click(within(time).getByRole('button', { name: 'Show as table' }))
    const timeRow = within(within(time).getByRole('table')).getAllByRole('row')[15]
    expect(
      within(timeRow as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['850 ms', '12.5 s'])
    const rate = screen.getByRole('region', { name: 'Success rate' })
    await user.click(within(rate).getByRole('button', { name: 'Show as table' }))
    within(rate).getByText('99.4 %')
    expect(
      network.requests
        .filter((request) => request.path === '/api/history/stats')
        .map((r) => r.search.toString()),
    ).toEqual(['range=24h&endpoint=ep-26'])
  },
)

test('a span with no delivery says so, in French; the range switch goes to the URL and the API', async () => {
  await i18next.changeLanguage('fr')
  const user = userEvent.setup()
  const network = fakeNetwork(
    stats((search) => ({ ...day([bucket(0)]), range: search.get('range') === '30d' ? '30d' : '7d' })),
  )
  const { router } = render(<LazyHealthCharts />, { path: '/health' })
  await screen.findByText('Aucun envoi sur les 7 derniers jours.')
  await user.click(screen.getByRole('radio', { name: '30 jours' }))
  await screen.findByText('Aucun envoi sur les 30 derniers jours.')
  expect(router.state.location.search).toBe('?range=30d')
  await waitFor(() =>
    expect(network.requests.map((request) => request.search.get('range'))).toEqual(['7d', '30d']),
  )
})

test('a failed load says what went wrong, and retrying loads the charts', { timeout: 30_000 }, async () => {
  const user = userEvent.setup()
  let calls = 0
  fakeNetwork(stats(() => ((calls += 1) === 1 ? problem(503, { title: 'Service Unavailable' }) : busy)))
  render(<LazyHealthCharts />, { path: '/health?range=24h' })
  const alert = await screen.findByRole('alert')
  await user.click(within(alert).getByRole('button', { name: 'Retry' }))
  await screen.findByRole('region', { name: 'Receiver answers' }, { timeout: 20_000 })
})
