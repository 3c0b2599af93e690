import type { MenuProps } from '@mantine/core'
import { cloneElement, useState, type MouseEvent, type ReactElement, type ReactNode } from 'react'
import { loadWidgets, useWidgets } from './use-widgets'

type MenuComponent = NonNullable<ReturnType<typeof useWidgets>>['Menu']

interface DeferredMenuProps extends Omit<MenuProps, 'children' | 'defaultOpened'> {
  /** The button that opens the menu. */
  target: ReactElement<{ onClick?: (event: MouseEvent) => void }>
  /** The dropdown's content, built with the loaded `Menu` (`Menu.Item`, `Menu.Label`…). */
  items: (Menu: MenuComponent) => ReactNode
}

/**
 * Mantine's Menu, loaded after the first screen. Until then the target renders alone and looks the same; a
 * click on it loads the menu and opens it, so an early click is never lost.
 */
export function DeferredMenu({ target, items, ...props }: DeferredMenuProps) {
  const widgets = useWidgets()
  const [openOnLoad, setOpenOnLoad] = useState(false)
  if (!widgets) {
    return cloneElement(target, {
      'aria-haspopup': 'menu',
      'aria-expanded': false,
      onClick: () => {
        setOpenOnLoad(true)
        loadWidgets().catch(() => setOpenOnLoad(false))
      },
    } as Partial<typeof target.props>)
  }
  const { Menu } = widgets
  return (
    <Menu defaultOpened={openOnLoad} {...props}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>{items(Menu)}</Menu.Dropdown>
    </Menu>
  )
}
