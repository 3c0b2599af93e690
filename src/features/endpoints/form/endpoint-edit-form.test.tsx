import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { anEndpoint } from '../../../test/lucca-fixtures'
import { fakeNetwork, lucca } from '../../../test/network'
import { render } from '../../../test/render'
import { EndpointEditForm } from './endpoint-edit-form'

const endpoint = anEndpoint({ id: '9', webhookUrl: 'https://hooks.example.com/lucca' })

test('an edit is sent with If-Match, and a concurrent change (412) is explained, not overwritten', async () => {
  const user = userEvent.setup()
  const onReload = vi.fn()
  const onDone = vi.fn()
  // Lucca answers 412 with an empty body when the ETag no longer matches.
  const network = fakeNetwork(
    lucca.patch('/lucca-api/webhook-endpoints/{id}', ({ response }) => response(412).empty()),
  )
  render(
    <EndpointEditForm
      detail={{ endpoint, etag: 'W/"abc"' }}
      allowsPrivateReceivers={false}
      onReload={onReload}
      onDone={onDone}
    />,
  )

  await user.click(screen.getByRole('checkbox', { name: /leave\.created/ }))
  expect(screen.getByText('Starts receiving 1 topic:')).toBeTruthy()
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(await screen.findByText('This endpoint changed meanwhile')).toBeTruthy()
  const patch = network.requests[0]
  expect(patch?.headers.get('If-Match')).toBe('W/"abc"')
  expect(patch?.body).toEqual({ topics: ['employee.created', 'leave.created'] })
  await user.click(screen.getByRole('button', { name: 'Reload the endpoint' }))
  expect(onReload).toHaveBeenCalled()
  // A failed save keeps the editor open.
  expect(onDone).not.toHaveBeenCalled()
})
