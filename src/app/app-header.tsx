import { Burger, Button, Group, Text, UnstyledButton } from '@mantine/core'
import { IconLogout, IconUserCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ColorSchemeToggle } from '../components/color-scheme-toggle'
import { DeferredMenu } from '../components/deferred/deferred-menu'
import { LanguageSwitch } from '../components/language-switch'
import { AccountSwitcher } from '../features/session/account-switcher'
import { useSignOut } from '../features/session/session-api'
import type { Session } from '../lib/console-client'

interface AppHeaderProps {
  session: Session
  navOpened: boolean
  onToggleNav: () => void
}

export function AppHeader({ session, navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation()
  const signOut = useSignOut()
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('shell.toggleNav')}
          aria-expanded={navOpened}
          aria-controls="app-navigation"
        />
        <UnstyledButton component={Link} to="/endpoints" aria-label={t('app.name')}>
          <Group gap={8} wrap="nowrap">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <Text fw={700} visibleFrom="xs">
              {t('app.name')}
            </Text>
          </Group>
        </UnstyledButton>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <AccountSwitcher session={session} />
        <Group gap="sm" visibleFrom="md" wrap="nowrap">
          <LanguageSwitch />
        </Group>
        <ColorSchemeToggle />
        <DeferredMenu
          position="bottom-end"
          withinPortal
          target={
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconUserCircle size={18} aria-hidden />}
              px="xs"
              aria-label={t('shell.userMenu', { username: session.user.username })}
            >
              <Text size="sm" visibleFrom="sm" span>
                {session.user.username}
              </Text>
            </Button>
          }
          items={(Menu) => (
            <>
              <Menu.Label>{t(`roles.${session.user.role}`)}</Menu.Label>
              <Menu.Item leftSection={<IconLogout size={14} aria-hidden />} onClick={() => signOut.mutate()}>
                {t('shell.signOut')}
              </Menu.Item>
            </>
          )}
        />
      </Group>
    </Group>
  )
}
