import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, expect, test, vi } from 'vitest'
import { render } from '../test/render'
import { DayRangeInputs } from './day-range-inputs'

afterEach(() => i18next.changeLanguage('en'))
const labels = { from: 'Du', to: 'Au', toBeforeFrom: 'Avant le début' }

test('in French, days are shown and typed as dd/mm/yyyy, whatever the browser’s language', async () => {
  await i18next.changeLanguage('fr')
  const user = userEvent.setup()
  const onChange = vi.fn()
  render(<DayRangeInputs labels={labels} from="2026-11-01" to="" onChange={onChange} />)
  const from = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Du' })
  expect(from.value).toBe('01/11/2026')
  const to = screen.getByRole<HTMLInputElement>('textbox', { name: 'Au' })
  expect(to.placeholder).toBe('jj/mm/aaaa')

  await user.type(to, '31/02/2026')
  await user.tab()
  expect(screen.getByText('Saisissez une date au format jj/mm/aaaa')).toBeTruthy()
  expect(onChange).not.toHaveBeenCalled()

  await user.clear(to)
  await user.type(to, '03/12/2026')
  await user.tab()
  expect(onChange).toHaveBeenCalledWith({ from: '2026-11-01', to: '2026-12-03' })
})
