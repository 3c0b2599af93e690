import { act, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { render } from '../test/render'
import { LoadingPlaceholder } from './loading-placeholder'

afterEach(() => void vi.useRealTimers())

test('a load that takes long says the console is still waiting for Lucca, in a live region', () => {
  vi.useFakeTimers()
  render(<LoadingPlaceholder heights={[48, 48]} />)
  const status = screen.getByRole('status')
  expect(status.textContent).toBe('')
  act(() => void vi.advanceTimersByTime(2_900))
  expect(status.textContent).toBe('')
  act(() => void vi.advanceTimersByTime(200))
  expect(status.textContent).toBe(
    'Still waiting for Lucca, which is slow to answer. This page updates as soon as it does.',
  )
})
