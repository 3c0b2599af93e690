import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test, vi } from 'vitest'
import { render } from '../../test/render'
import { DeferredMenu } from './deferred-menu'

// The widgets load once per page, so this file holds the one test that sees them before they load.
test(
  'a click before the menu code has loaded is kept: the menu opens as soon as it arrives',
  { timeout: 20_000 },
  async () => {
    // The idle-time load never comes, so only the click can load the menu.
    vi.stubGlobal('requestIdleCallback', () => 0)
    const user = userEvent.setup()
    const chosen = vi.fn()
    render(
      <DeferredMenu
        target={<button type="button">Account</button>}
        items={(Menu) => <Menu.Item onClick={chosen}>Sign out</Menu.Item>}
      />,
    )
    // First render: the plain button, already announced as opening a menu, and no menu code yet.
    const placeholder = screen.getByRole('button', { name: 'Account' })
    expect(placeholder.getAttribute('aria-haspopup')).toBe('menu')
    expect(placeholder.getAttribute('aria-controls')).toBeNull()
    await user.click(placeholder)

    // Mantine's menu, open. (Under happy-dom its dropdown may stay display:none while floating-ui has not
    // placed it, which is no concern of this component: the items are looked up hidden or not.)
    await waitFor(
      () => {
        const target = screen.getByRole('button', { name: 'Account' })
        expect(target.getAttribute('aria-controls')).toMatch(/-dropdown$/)
        expect(target.getAttribute('aria-expanded')).toBe('true')
      },
      { timeout: 10_000 },
    ) // the widgets' module is compiled on first import: slow on a busy machine
    screen.getByRole('menuitem', { name: 'Sign out', hidden: true }).click()
    expect(chosen).toHaveBeenCalledOnce()
  },
)
