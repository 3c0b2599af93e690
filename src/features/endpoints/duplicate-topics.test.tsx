import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { render } from '../../test/render'
import { RecoveryForm } from '../delivery-debug/recovery-form'
import { TopicPicker } from './topic-picker'
import { TopicsCell } from './topics-cell'

// Lucca's contract does not forbid a topic listed twice (no uniqueItems), and Mantine's pickers throw on a
// duplicate option: an endpoint like this once took the recovery page down (found with a Prism mock).
const topics = ['leave.created', 'payroll.closed', 'payroll.closed', 'leave.created']

test('an endpoint that lists a topic twice still renders its topics, its picker and its recovery form', () => {
  render(
    <>
      <TopicsCell topics={topics} expandedByDefault />
      <TopicPicker value={topics} onChange={() => undefined} />
      <RecoveryForm topics={topics} busy={false} onCount={() => undefined} />
    </>,
  )
  expect(screen.getAllByText('payroll.closed').length).toBeGreaterThan(0)
  expect(screen.getAllByRole('combobox')).toHaveLength(2) // the picker and the recovery form's topics
})
