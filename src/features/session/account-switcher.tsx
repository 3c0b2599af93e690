import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconChevronDown } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { DeferredMenu } from '../../components/deferred/deferred-menu'
import { EnvironmentBadge } from '../../components/environment-badge'
import type { Session } from '../../lib/console-client'
import { activeAccountOf, useSwitchAccount } from './session-api'

export function AccountSwitcher({ session }: { session: Session }) {
  const { t } = useTranslation('session')
  const switchAccount = useSwitchAccount()
  const active = activeAccountOf(session)

  function choose(accountId: string) {
    if (accountId === session.activeAccountId) return
    switchAccount.mutate(accountId, {
      onError: (error) =>
        notifications.show({ color: 'red', title: t('account.switchFailed'), message: error.message }),
    })
  }

  return (
    <DeferredMenu
      position="bottom-end"
      withinPortal
      target={
        <Button
          variant="default"
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={switchAccount.isPending}
          aria-label={t('account.switcherLabel', { account: active?.label ?? '' })}
        >
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600} truncate maw={180} visibleFrom="sm">
              {active?.label ?? t('account.none')}
            </Text>
            {active && <EnvironmentBadge environment={active.environment} compact />}
          </Group>
        </Button>
      }
      items={(Menu) => (
        <>
          <Menu.Label>{t('account.menuTitle')}</Menu.Label>
          {session.accounts.map((account) => (
            <Menu.Item
              key={account.id}
              onClick={() => choose(account.id)}
              leftSection={
                account.id === session.activeAccountId ? (
                  <IconCheck size={14} aria-hidden />
                ) : (
                  <span style={{ width: 14 }} />
                )
              }
              rightSection={<EnvironmentBadge environment={account.environment} />}
            >
              <Text size="sm">{account.label}</Text>
              <Text size="xs" c="dimmed">
                {account.apiHost}
              </Text>
            </Menu.Item>
          ))}
        </>
      )}
    />
  )
}
