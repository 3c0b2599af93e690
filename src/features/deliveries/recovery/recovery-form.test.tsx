import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { render } from '../../../test/render'
import { RecoveryForm } from './recovery-form'

// Lucca's contract does not forbid a topic listed twice (no uniqueItems), and Mantine's MultiSelect throws on a
// duplicate option: an endpoint like this once took the recovery page down (found with a Prism mock).
const topics = ['leave.created', 'payroll.closed', 'payroll.closed', 'leave.created']

test('the recovery form renders for an endpoint that lists a topic twice', async () => {
  render(<RecoveryForm topics={topics} busy={false} onCount={() => undefined} />)
  expect(await screen.findAllByRole('combobox')).toHaveLength(1) // the recovery form's topics
})
