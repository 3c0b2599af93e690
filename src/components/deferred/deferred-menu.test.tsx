import { screen } from '@testing-library/react'
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
      <>
        <DeferredMenu
          target={<button type="button">Account</button>}
          items={(Menu) => <Menu.Item onClick={chosen}>Sign out</Menu.Item>}
        />
      </>,
    )
    // First render: the plain button, already announced as opening a menu.
    const placeholder = screen.getByRole('button', { name: 'Account' })
    expect(placeholder.getAttribute('aria-haspopup')).toBe('menu')
    expect(screen.queryByRole('menu')).toBeNull()
    await user.click(placeholder)

    // The widgets' module is compiled on first import, which takes seconds on a busy machine.
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }, { timeout: 10_000 }))
    expect(chosen).toHaveBeenCalledOnce()
  },
)
