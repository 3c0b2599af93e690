import { NavLink, Stack } from '@mantine/core'
import { IconWebhook } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterNavLink, useLocation } from 'react-router'
import { LanguageSwitch } from '../components/language-switch'

export function AppNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  return (
    <Stack gap={4} p="sm" justify="space-between" h="100%">
      <nav aria-label={t('nav.main')}>
        <NavLink
          component={RouterNavLink}
          to="/endpoints"
          label={t('nav.endpoints')}
          leftSection={<IconWebhook size={18} aria-hidden />}
          active={pathname.startsWith('/endpoints')}
          onClick={onNavigate}
        />
      </nav>
      <Stack hiddenFrom="md" gap={4}>
        <LanguageSwitch />
      </Stack>
    </Stack>
  )
}
