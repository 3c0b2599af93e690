import { NavLink, Stack } from '@mantine/core'
import {
  IconChartBar,
  IconBell,
  IconBook2,
  IconListDetails,
  IconPlugConnected,
  IconSend,
  IconShieldCheck,
  IconUserCircle,
  IconWebhook,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterNavLink, useLocation } from 'react-router'
import { LanguageSwitch } from '../components/language-switch'
import { useActiveSession } from './use-active-session'

// Where each entry leads (and the pages under it), and who sees it (admins only for the audit and users).
const entries = [
  { to: '/endpoints', label: 'nav.endpoints', Icon: IconWebhook, adminOnly: false },
  { to: '/deliveries', label: 'nav.deliveries', Icon: IconSend, adminOnly: false },
  { to: '/health', label: 'nav.health', Icon: IconChartBar, adminOnly: false },
  { to: '/alerts', label: 'nav.alerts', Icon: IconBell, adminOnly: false },
  { to: '/topics', label: 'nav.topics', Icon: IconBook2, adminOnly: false },
  { to: '/verify', label: 'nav.verify', Icon: IconShieldCheck, adminOnly: false },
  { to: '/audit', label: 'nav.audit', Icon: IconListDetails, adminOnly: true },
  { to: '/users', label: 'nav.users', Icon: IconUserCircle, adminOnly: true },
  { to: '/connection', label: 'nav.connection', Icon: IconPlugConnected, adminOnly: true },
] as const

export function AppNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const { canEdit } = useActiveSession()
  return (
    <Stack gap={4} p="sm" justify="space-between" h="100%">
      <nav aria-label={t('nav.main')}>
        {entries
          .filter((entry) => canEdit || !entry.adminOnly)
          .map(({ to, label, Icon }) => (
            <NavLink
              key={to}
              component={RouterNavLink}
              to={to}
              label={t(label)}
              leftSection={<Icon size={18} aria-hidden />}
              active={pathname.startsWith(to)}
              onClick={onNavigate}
            />
          ))}
      </nav>
      <Stack hiddenFrom="md" gap={4}>
        <LanguageSwitch />
      </Stack>
    </Stack>
  )
}
