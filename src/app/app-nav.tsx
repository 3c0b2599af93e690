import { NavLink, Stack } from '@mantine/core'
import { IconListDetails, IconShieldCheck, IconUserCircle, IconWebhook } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterNavLink, useLocation } from 'react-router'
import { LanguageSwitch } from '../components/language-switch'
import { useActiveSession } from './use-active-session'

export function AppNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const { canEdit } = useActiveSession()
  return (
    <Stack gap={4} p="sm" justify="space-between" h="100%">
      <nav aria-label={t('nav.main')}>
        <NavLink
          component={RouterNavLink}
          to="/endpoints"
          label={t('nav.endpoints')}
          leftSection={<IconWebhook size={18} aria-hidden />}
          active={pathname.startsWith('/endpoints') || pathname.startsWith('/deliveries')}
          onClick={onNavigate}
        />
        <NavLink
          component={RouterNavLink}
          to="/verify"
          label={t('nav.verify')}
          leftSection={<IconShieldCheck size={18} aria-hidden />}
          active={pathname.startsWith('/verify')}
          onClick={onNavigate}
        />
        {canEdit && (
          <>
            <NavLink
              component={RouterNavLink}
              to="/audit"
              label={t('nav.audit')}
              leftSection={<IconListDetails size={18} aria-hidden />}
              active={pathname.startsWith('/audit')}
              onClick={onNavigate}
            />
            <NavLink
              component={RouterNavLink}
              to="/users"
              label={t('nav.users')}
              leftSection={<IconUserCircle size={18} aria-hidden />}
              active={pathname.startsWith('/users')}
              onClick={onNavigate}
            />
          </>
        )}
      </nav>
      <Stack hiddenFrom="md" gap={4}>
        <LanguageSwitch />
      </Stack>
    </Stack>
  )
}
