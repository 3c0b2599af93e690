import type { TooltipProps } from '@mantine/core'
import { useWidgets } from './use-widgets'

/** Mantine's Tooltip, shown once the floating widgets have loaded; until then the element alone. */
export function DeferredTooltip({ children, ...props }: TooltipProps) {
  const widgets = useWidgets()
  if (!widgets) return children
  return <widgets.Tooltip {...props}>{children}</widgets.Tooltip>
}
