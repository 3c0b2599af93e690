import { NavLink, Stack } from '@mantine/core'
import {
  IconChartBar,
  IconBell,
  IconInbox,
  IconListDetails,
  IconSend,
  IconShieldCheck,
  IconUserCircle,
  IconWebhook,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { NavLink as RouterNavLink, useLocation } from 'react-router'
import { LanguageSwitch } from '../components/language-switch'
import { useHasLocalOutbox } from '../features/alerts/outbox/local-outbox-probe'
import { useActiveSession } from './use-active-session'

// Where each entry leads (and the pages under it), and who sees it (admins only for the audit and users;
// the local outbox only on the embedded default, which has one).
const entries = [
  { to: '/endpoints', label: 'nav.endpoints', Icon: IconWebhook, adminOnly: false },
  { to: '/deliveries', label: 'nav.deliveries', Icon: IconSend, adminOnly: false },
  { to: '/health', label: 'nav.health', Icon: IconChartBar, adminOnly: false },
  { to: '/alerts', label: 'nav.alerts', Icon: IconBell, adminOnly: false },
  { to: '/alerts/local-outbox', label: 'nav.localOutbox', Icon: IconInbox, adminOnly: false },
  { to: '/verify', label: 'nav.verify', Icon: IconShieldCheck, adminOnly: false },
  { to: '/audit', label: 'nav.audit', Icon: IconListDetails, adminOnly: true },
  { to: '/users', label: 'nav.users', Icon: IconUserCircle, adminOnly: true },
] as const

/** The entry a path is under: the longest that leads to it or to a page above it. */
function currentEntry(pathname: string): string | undefined {
  const under = entries.filter(({ to }) => pathname === to || pathname.startsWith(`${to}/`))
  return under.sort((a, b) => b.to.length - a.to.length)[0]?.to
}

export function AppNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const { canEdit } = useActiveSession()
  const hasLocalOutbox = useHasLocalOutbox()
  const current = currentEntry(pathname)
  return (
    <Stack gap={4} p="sm" justify="space-between" h="100%">
      <nav aria-label={t('nav.main')}>
        {entries
          .filter((entry) => canEdit || !entry.adminOnly)
          .filter((entry) => hasLocalOutbox || entry.to !== '/alerts/local-outbox')
          .map(({ to, label, Icon }) => (
            <NavLink
              key={to}
              component={RouterNavLink}
              to={to}
              label={t(label)}
              leftSection={<Icon size={18} aria-hidden />}
              active={current === to}
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
