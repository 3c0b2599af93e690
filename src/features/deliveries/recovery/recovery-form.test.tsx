import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { render } from '../../../test/render'
import { RecoveryForm } from './recovery-form'

// Lucca's contract does not forbid a topic listed twice (no uniqueItems), and a topic offered twice once took
// the recovery page down (Mantine's MultiSelect threw on a duplicate option; found with a Prism mock).
const topics = ['leave.created', 'payroll.closed', 'payroll.closed', 'leave.created']

test('the recovery form renders for an endpoint that lists a topic twice', async () => {
  render(<RecoveryForm topics={topics} busy={false} onCount={() => undefined} />)
  const offered = await screen.findAllByRole('checkbox')
  expect(offered.map((box) => box.getAttribute('value'))).toEqual(['leave.created', 'payroll.closed'])
})
