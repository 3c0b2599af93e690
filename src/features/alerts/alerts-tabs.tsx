import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { useHasLocalOutbox } from './outbox/local-outbox-probe'

const tabs = [
  { to: '/alerts', label: 'page.alertsTab' },
  { to: '/alerts/rules', label: 'page.rulesTab' },
  { to: '/alerts/local-outbox', label: 'page.outboxTab' },
] as const

/**
 * The alerts, their rules and, on the embedded default (which has one), the local outbox that shows what its
 * mail server and chat hooks received: pages with their own address, linked as tabs.
 */
export function AlertsTabs() {
  const { t } = useTranslation('alerts')
  const { pathname } = useLocation()
  const hasLocalOutbox = useHasLocalOutbox()
  const shown = tabs.filter(({ to }) => hasLocalOutbox || to !== '/alerts/local-outbox')
  return (
    <Group component="nav" aria-label={t('page.tabs')} gap="xs" mb="md">
      {shown.map(({ to, label }) => {
        const current = pathname === to
        return (
          <Button
            key={to}
            component={Link}
            to={to}
            variant={current ? 'light' : 'subtle'}
            aria-current={current ? 'page' : undefined}
          >
            {t(label)}
          </Button>
        )
      })}
    </Group>
  )
}
