import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { render } from '../../../test/render'
import { RecoveryForm } from '../../deliveries/recovery/recovery-form'
import { TopicPicker } from './topic-picker'
import { TopicsCell } from '../list/topics-cell'

// Lucca's contract does not forbid a topic listed twice (no uniqueItems), and Mantine's pickers throw on a
// duplicate option: an endpoint like this once took the recovery page down (found with a Prism mock).
const topics = ['leave.created', 'payroll.closed', 'payroll.closed', 'leave.created']

test('an endpoint that lists a topic twice still renders its topics, its picker and its recovery form', async () => {
  render(
    <>
      <TopicsCell topics={topics} expandedByDefault />
      <TopicPicker value={topics} onChange={() => undefined} />
      <RecoveryForm topics={topics} busy={false} onCount={() => undefined} />
    </>,
  )
  expect((await screen.findAllByText('payroll.closed')).length).toBeGreaterThan(0)
  expect(await screen.findAllByRole('combobox')).toHaveLength(2) // the picker and the recovery form's topics
})
