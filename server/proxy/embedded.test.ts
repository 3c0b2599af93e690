import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { startStack, type InProcessStack } from '../../testing/stack.ts'

// As `EMULATOR_VARIANTS=lucca-samples node --import tsx server/proxy/main.ts` runs: no Lucca variable set,
// so the console starts its embedded emulator, in the mode that shows what Lucca's own samples show.
let stack: InProcessStack
beforeAll(async () => {
  stack = await startStack({ console: { run: 'in-process' }, env: { EMULATOR_VARIANTS: 'lucca-samples' } })
})
afterAll(() => stack.close())

const EndpointsSchema = z.object({
  items: z.array(z.object({ id: z.string(), url: z.string(), status: z.string(), apiVersion: z.string() })),
})
const unquoted = /^W\/[0-9a-f]{16}$/

test('the embedded emulator takes EMULATOR_VARIANTS, and the proxy passes its answers through unchanged', async () => {
  const cookie = await stack.signIn()
  const list = await stack.call('/lucca-api/webhook-endpoints', { cookie })
  expect(list.status).toBe(200)
  expect(list.headers.get('etag')).toMatch(unquoted)
  const endpoint = EndpointsSchema.parse(list.json()).items.find((item) => item.status === 'active')
  if (!endpoint) throw new Error('the demo account has no active endpoint')
  expect(endpoint.apiVersion).toBe('2024-01-01')

  const path = new URL(endpoint.url).pathname
  expect(path.endsWith(`/${endpoint.id}`)).toBe(false)
  const read = await stack.call(path, { cookie })
  expect(read.status).toBe(200)
  expect(read.headers.get('etag')).toMatch(unquoted)
  expect((await stack.call(`/lucca-api/webhook-endpoints/${endpoint.id}`, { cookie })).status).toBe(404)

  const sent = await stack.call('/lucca-api/webhook-deliveries', {
    method: 'POST',
    cookie,
    body: { webhookEndpoint: { id: endpoint.id } },
  })
  expect(sent.status).toBe(201)
})
