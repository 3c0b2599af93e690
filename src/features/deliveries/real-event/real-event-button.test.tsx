import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { fakeNetwork, notInHistory } from '../../../test/network'
import { render } from '../../../test/render'
import { RealEventButton } from './real-event-button'

const target = {
  endpointId: '7',
  topics: ['employee.created'],
  webhookUrl: 'https://hr.example/hook',
  topicLabel: (topic: string) => topic,
}

test('on an active endpoint the button opens the dialog', async () => {
  fakeNetwork(notInHistory())
  render(<RealEventButton {...target} endpointStatus="active" />)
  const button = await screen.findByRole('button', { name: 'Send a real event' })
  expect(button.hasAttribute('disabled')).toBe(false)
  await userEvent.click(button)
  expect(await screen.findByRole('dialog', { name: 'Send a recent real event' })).toBeTruthy()
})

test('on a suspended endpoint the button is off (Lucca delivers only to an active one)', async () => {
  render(<RealEventButton {...target} endpointStatus="suspended" />)
  const button = await screen.findByRole('button', { name: 'Send a real event' })
  expect(button.hasAttribute('disabled')).toBe(true)
})
