import { gunzipSync } from 'node:zlib'
import { afterAll, expect, test } from 'vitest'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'

// No receiver needed: endpoints stay inactive, so nothing is challenged or delivered.
const { emulator, call } = await emulatorHarness()
afterAll(() => emulator.close())

const path = '/lucca-api/webhook-endpoints'
for (let i = 0; i < 7; i++) {
  await call('POST', path, {
    body: {
      name: `endpoint ${i}`,
      webhookUrl: `https://hooks.example.com/${i}`,
      topics: ['employee.created'],
    },
  })
}
type Collection = {
  items: { id: string }[]
  totalCount?: number
  links?: { prev: { href: string } | null; next: { href: string } | null }
}
const ids = (res: { json: unknown }) => (res.json as Collection).items.map((item) => item.id)

test('cursor paging: limit, opaque next/prev links, totalCount only when asked', async () => {
  const plain = await call('GET', `${path}?limit=3`)
  expect(ids(plain)).toEqual(['1', '2', '3'])
  expect(plain.json).not.toHaveProperty('totalCount')
  expect(plain.json).not.toHaveProperty('links')
  const first = await call('GET', `${path}?limit=3&include=links,totalCount`)
  const { links, totalCount } = first.json as Collection
  expect(totalCount).toBe(7)
  expect(links?.prev).toBeNull()
  const next = new URL(links?.next?.href ?? '')
  expect(next.searchParams.get('page')).toMatch(/^!/)
  expect(next.searchParams.get('limit')).toBe('3')
  const second = await call('GET', `${next.pathname}${next.search}`)
  expect(ids(second)).toEqual(['4', '5', '6'])
  const last = await call('GET', `${path}?limit=3&page=3&include=links`)
  expect(ids(last)).toEqual(['7'])
  expect((last.json as Collection).links?.next).toBeNull()
  expect(ids(await call('GET', `${path}?sort=-id&limit=2`))).toEqual(['7', '6'])
  expect(ids(await call('GET', `${path}?limit=0&include=totalCount`))).toEqual([])
})

test('bad paging is a 400 naming the parameter', async () => {
  for (const [query, field] of [
    ['limit=1000', 'limit'],
    ['limit=-1', 'limit'],
    ['limit=abc', 'limit'],
    ['page=garbage', 'page'],
    ['page=!bm9wZQ', 'page'],
    ['sort=name', 'sort'],
    ['include=everything', 'include'],
    ['status=paused', 'status'],
    ['limit=1&limit=2', 'limit'],
  ] as const) {
    const res = await call('GET', `${path}?${query}`)
    expect(res.status, query).toBe(400)
    expect(res.json, query).toMatchObject({ errors: { [field]: expect.any(Array) } })
  }
  const first = await call('GET', `${path}?limit=2&include=links`)
  const cursor = new URL((first.json as Collection).links?.next?.href ?? '').searchParams.get('page') ?? ''
  const replayed = await call('GET', `${path}?limit=2&status=active&page=${encodeURIComponent(cursor)}`)
  expect(replayed.json).toMatchObject({ errors: { page: expect.any(Array) } })
})

test('weak ETags: If-None-Match gives 304, a stale If-Match gives an empty 412', async () => {
  const read = await call('GET', `${path}/1`)
  const etag = String(read.headers.etag)
  const cached = await call('GET', `${path}/1`, { headers: { 'if-none-match': etag.replace(/^W\//, '') } })
  expect(cached.status).toBe(304)
  expect(cached.text).toBe('')
  expect(cached.headers.etag).toBe(etag)
  const updated = await call('PATCH', `${path}/1`, {
    body: { name: 'renamed' },
    headers: { 'if-match': etag },
  })
  expect(updated.status).toBe(200)
  expect(updated.headers.etag).not.toBe(etag)
  const stale = await call('PATCH', `${path}/1`, { body: { name: 'again' }, headers: { 'if-match': etag } })
  expect(stale.status).toBe(412)
  expect(stale.text).toBe('')
  expect(stale.headers.etag).toBe(updated.headers.etag)
  const list = await call('GET', path)
  expect((await call('GET', path, { headers: { 'if-none-match': String(list.headers.etag) } })).status).toBe(
    304,
  )
})

test('include=embedded and include=links shape items as lucca-api.md §3.3', async () => {
  const res = await call('GET', `${path}/2?include=embedded,links`)
  expect(res.json).toMatchObject({ embedded: {}, links: {} })
  const plain = await call('GET', `${path}/2`)
  expect(plain.json).not.toHaveProperty('links')
  expect(plain.json).not.toHaveProperty('embedded')
})

test('bodies over 1 KiB are compressed as asked, with Vary', async () => {
  const res = await emulator.app.inject({
    method: 'GET',
    url: path,
    headers: {
      'api-version': '2024-11-01',
      authorization: `Bearer ${await bearer()}`,
      'accept-encoding': 'gzip',
    },
  })
  expect(res.headers['content-encoding']).toBe('gzip')
  expect(res.headers.vary).toBe('accept-encoding')
  expect(JSON.parse(gunzipSync(res.rawPayload).toString())).toMatchObject({ type: 'webhook-endpoints' })
  const small = await call('GET', `${path}/1`, { headers: { 'accept-encoding': 'gzip' } })
  expect(small.headers['content-encoding']).toBeUndefined()
})

test('unknown paths are 404 problems; known paths with another method are 405 with Allow', async () => {
  // Neither exists in the contract, so they are checked here rather than by the contract validator.
  const headers = { 'api-version': '2024-11-01', authorization: `Bearer ${await bearer()}` }
  const unknown = await emulator.app.inject({ method: 'GET', url: '/lucca-api/employees', headers })
  expect(unknown.statusCode).toBe(404)
  expect(unknown.json()).toMatchObject({ status: 404, title: 'Not Found' })
  expect(unknown.headers['api-version']).toBe('2024-11-01')
  const wrongMethod = await emulator.app.inject({ method: 'PUT', url: `${path}/1`, headers })
  expect(wrongMethod.statusCode).toBe(405)
  expect(wrongMethod.headers.allow).toContain('PATCH')
  expect(wrongMethod.headers['content-type']).toMatch(/problem\+json/)
})

test('headers over 8 KB are a 431 problem', async () => {
  const res = await call('GET', path, { headers: { 'x-padding': 'x'.repeat(9000) } })
  expect(res.status).toBe(431)
  expect(res.json).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' })
})

test('DELETE honours If-Match, then removes the endpoint: 204, then 404', async () => {
  expect(
    (await call('DELETE', `${path}/7`, { headers: { 'if-match': 'W/"0000000000000000"' } })).status,
  ).toBe(412)
  expect((await call('GET', `${path}/7`)).status).toBe(200)
  expect((await call('DELETE', `${path}/7`)).status).toBe(204)
  expect((await call('GET', `${path}/7`)).status).toBe(404)
  expect((await call('DELETE', `${path}/7`)).status).toBe(404)
})

async function bearer() {
  const res = await call('POST', '/connect/token', {
    rawBody: 'grant_type=client_credentials&client_id=console-dev&client_secret=console-dev-secret',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    token: false,
  })
  return (res.json as { access_token: string }).access_token
}
