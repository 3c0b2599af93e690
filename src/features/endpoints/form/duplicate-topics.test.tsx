import { screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { render } from '../../../test/render'
import { TopicPicker } from './topic-picker'
import { TopicsCell } from '../list/topics-cell'

// Lucca's contract does not forbid a topic listed twice (no uniqueItems), and a topic offered twice once took
// the recovery page down (Mantine's pickers threw on a duplicate option; found with a Prism mock).
// The recovery form's half of this check is beside it, in deliveries/recovery/recovery-form.test.tsx.
const topics = ['leave.created', 'payroll.closed', 'payroll.closed', 'leave.created']

test('an endpoint that lists a topic twice still renders its topics and its picker', async () => {
  render(
    <>
      <TopicsCell topics={topics} expandedByDefault />
      <TopicPicker value={topics} onChange={() => undefined} />
    </>,
  )
  expect((await screen.findAllByText('payroll.closed')).length).toBeGreaterThan(0)
  // The picker offers each once, ticked: the unknown one among "Other topics".
  for (const topic of [/leave\.created/, /payroll\.closed/]) {
    const boxes = screen.getAllByRole('checkbox', { name: topic })
    expect(boxes).toHaveLength(1)
    expect(boxes[0]).toHaveProperty('checked', true)
  }
})
