import { afterAll, expect, test } from 'vitest'
import { startReceiver } from '../../receiver/start.ts'
import { emulatorHarness } from '../../../testing/emulator-harness.ts'

const receiver = await startReceiver()
const { emulator, call } = await emulatorHarness({ trustedCa: [receiver.ca], retryScale: 0.001 })
afterAll(async () => {
  await emulator.close()
  await receiver.close()
})

test('the retry scale shrinks the whole schedule: five attempts within 87 s instead of 24 h', async () => {
  const created = await call('POST', '/lucca-api/webhook-endpoints', {
    body: { webhookUrl: `${receiver.url}/fail/503/scaled`, topics: ['employee.created'], status: 'active' },
  })
  const id = (created.json as { id: string }).id
  const queued = await call('POST', '/lucca-api/webhook-deliveries', { body: { webhookEndpoint: { id } } })
  const deliveryId = (queued.json as { id: string }).id
  await emulator.clock.advance(300 + 86_400)
  await emulator.idle()
  expect((await call('GET', `/lucca-api/webhook-deliveries/${deliveryId}`)).json).toMatchObject({
    status: 'failed',
    attemptsCount: 5,
  })
})
