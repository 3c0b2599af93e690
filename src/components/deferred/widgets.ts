// The floating widgets (menus, tooltips), loaded just after the first screen: with their positioning engine
// they weigh about 25 KiB gz, and nothing needs them before the admin points at something.
import '../mantine-on-demand.css'

/** @public Loaded on demand by use-widgets.ts, with import(). */
export { Menu, Tooltip } from '@mantine/core'
