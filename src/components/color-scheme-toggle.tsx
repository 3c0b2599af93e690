import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core'
import { IconMoon, IconSun } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { rememberForFirstPaint } from '../lib/first-paint'
import { DeferredTooltip } from './deferred/deferred-tooltip'

/** Follows the system until the admin picks a scheme; Mantine remembers the choice. */
export function ColorSchemeToggle() {
  const { t } = useTranslation()
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  // The proxy paints the next first visit in the scheme chosen (lib/first-paint.ts); `auto` needs no cookie,
  // its frame follows the system as Mantine does.
  useEffect(() => {
    if (colorScheme !== 'auto') rememberForFirstPaint('console.scheme', colorScheme)
  }, [colorScheme])
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: true })
  const next = computed === 'dark' ? 'light' : 'dark'
  const label = t(next === 'dark' ? 'shell.darkMode' : 'shell.lightMode')
  return (
    <DeferredTooltip label={label}>
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setColorScheme(next)}>
        {computed === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
      </ActionIcon>
    </DeferredTooltip>
  )
}
