// The floating widgets (menus, tooltips), loaded just after the first screen: with their positioning engine
// they weigh about 25 KiB gz, and nothing needs them before the admin points at something.
import '../mantine-on-demand.css'

export { Menu, Tooltip } from '@mantine/core'
