import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { fakeNetwork } from '../../../test/fake-network'
import { render } from '../../../test/render'
import { EndpointEditForm } from './endpoint-edit-form'

const endpoint = {
  id: '9',
  type: 'webhook-endpoint' as const,
  url: 'http://lucca/lucca-api/webhook-endpoints/9',
  webhookUrl: 'https://hooks.example.com/lucca',
  topics: ['employee.created'],
  status: 'active' as const,
}

test('an edit is sent with If-Match, and a concurrent change (412) is explained, not overwritten', async () => {
  const user = userEvent.setup()
  const onReload = vi.fn()
  // Lucca answers 412 with an empty body when the ETag no longer matches.
  const network = fakeNetwork({
    'PATCH /lucca-api/webhook-endpoints/9': () => new Response(null, { status: 412 }),
  })
  render(
    <EndpointEditForm
      detail={{ endpoint, etag: 'W/"abc"' }}
      allowsPrivateReceivers={false}
      onReload={onReload}
    />,
  )

  await user.click(screen.getByRole('combobox', { name: /Topics/ }))
  await user.click(await screen.findByRole('option', { name: /leave\.created/, hidden: true }))
  expect(screen.getByText('Starts receiving 1 topic:')).toBeTruthy()
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(await screen.findByText('This endpoint changed meanwhile')).toBeTruthy()
  const patch = network.requests[0]
  expect(patch?.headers.get('If-Match')).toBe('W/"abc"')
  expect(patch?.body).toEqual({ topics: ['employee.created', 'leave.created'] })
  await user.click(screen.getByRole('button', { name: 'Reload the endpoint' }))
  expect(onReload).toHaveBeenCalled()
})
