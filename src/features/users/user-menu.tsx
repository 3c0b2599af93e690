import { ActionIcon, Menu, Stack, Text } from '@mantine/core'
import { IconDots, IconKey, IconLogout, IconShield, IconTrash, IconUser } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { User } from './users-client'
import type { UserAction } from './user-action-modal'

interface UserMenuProps {
  user: User
  /** The only administrator can be neither removed nor made read-only (the proxy refuses it too). */
  onlyAdmin: boolean
  yourself: boolean
  onAction: (action: UserAction) => void
}

export function UserMenu({ user, onlyAdmin, yourself, onAction }: UserMenuProps) {
  const { t } = useTranslation('users')
  const act = (kind: 'role' | 'reset' | 'end-sessions' | 'remove') => () => onAction({ kind, user })
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={t('users.actions.menu', { username: user.username })}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {user.role === 'admin' ? (
          <Menu.Item
            leftSection={<IconUser size={16} aria-hidden />}
            disabled={onlyAdmin}
            onClick={act('role')}
          >
            {t('users.actions.makeViewer')}
          </Menu.Item>
        ) : (
          <Menu.Item leftSection={<IconShield size={16} aria-hidden />} onClick={act('role')}>
            {t('users.actions.makeAdmin')}
          </Menu.Item>
        )}
        {/* A company user has no password here: theirs is the company's. */}
        {user.source === 'password' && (
          <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={act('reset')}>
            {t('users.actions.resetPassword')}
          </Menu.Item>
        )}
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          disabled={user.sessions.length === 0}
          onClick={act('end-sessions')}
        >
          {t('users.actions.endSessions')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          disabled={onlyAdmin || yourself}
          onClick={act('remove')}
        >
          <Stack gap={2}>
            <span>{t('users.actions.remove')}</span>
            {yourself && !onlyAdmin && (
              <Text size="xs" c="dimmed" maw={240}>
                {t('users.actions.notYourself')}
              </Text>
            )}
          </Stack>
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
