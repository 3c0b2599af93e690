import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test } from 'vitest'
import { render } from '../../test/render'
import { isNewEndpoint } from './checklist'
import { OnboardingChecklist } from './onboarding-checklist'
import { writeFlag } from './onboarding-flags'

afterEach(() => localStorage.clear())

test('the steps are ticked by what the console saw, with nothing to tick by hand', async () => {
  writeFlag('26', 'secretStored', true) // the secret dialog, confirmed at creation
  writeFlag('26', 'signatureVerified', true) // the signature checker said "valid"
  render(<OnboardingChecklist endpointId="26" endpointStatus="active" testDelivered />)
  expect(await screen.findByText('6 of 6 done')).toBeTruthy()
  expect(screen.getByText(/Secret stored/).textContent).toContain('(done)')
  expect(screen.getByText(/Test delivered/).textContent).toContain('(done)')
  expect(screen.queryByRole('checkbox')).toBeNull()
})

test('a hidden checklist stays hidden for that endpoint only', async () => {
  const user = userEvent.setup()
  const first = render(
    <OnboardingChecklist dismissable endpointId="26" endpointStatus="inactive" testDelivered={false} />,
  )
  expect(await screen.findByText('1 of 6 done')).toBeTruthy()
  expect(screen.getByText(/Test delivered/).textContent).toContain('(to do)')
  await user.click(screen.getByRole('button', { name: 'Hide this checklist' }))
  expect(screen.queryByRole('region', { name: 'Getting this integration live' })).toBeNull()
  first.unmount()

  render(<OnboardingChecklist dismissable endpointId="26" endpointStatus="inactive" testDelivered={false} />)
  render(<OnboardingChecklist dismissable endpointId="27" endpointStatus="inactive" testDelivered={false} />)
  expect(await screen.findAllByRole('region', { name: 'Getting this integration live' })).toHaveLength(1)
})

test('an endpoint is new for its first two weeks', () => {
  const now = Date.parse('2026-03-20T12:00:00Z')
  expect(isNewEndpoint('2026-03-10T12:00:00Z', now)).toBe(true)
  expect(isNewEndpoint('2026-03-01T12:00:00Z', now)).toBe(false)
  expect(isNewEndpoint(undefined, now)).toBe(false)
})
