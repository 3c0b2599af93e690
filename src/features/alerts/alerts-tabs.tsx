import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'

const tabs = [
  { to: '/alerts', label: 'page.alertsTab' },
  { to: '/alerts/rules', label: 'page.rulesTab' },
] as const

/** The alerts and their rules: two pages with their own address, linked as tabs. */
export function AlertsTabs() {
  const { t } = useTranslation('alerts')
  const { pathname } = useLocation()
  return (
    <Group component="nav" aria-label={t('page.tabs')} gap="xs" mb="md">
      {tabs.map(({ to, label }) => {
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
