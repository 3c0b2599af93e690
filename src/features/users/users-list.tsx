import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Account } from '../../lib/console-client'
import type { User } from './users-client'
import type { UserAction } from './user-action-modal'
import { UserMenu } from './user-menu'
import { UserSessions } from './user-sessions'
import { dateTimeFormat, relativeTimeFormat } from '../../lib/format'

interface UsersListProps {
  users: User[]
  me: string
  accounts: Account[]
  onAction: (action: UserAction) => void
}

/** One card per user: a card reads the same on a phone and on a wide screen, where a table would not. */
export function UsersList({ users, me, accounts, onAction }: UsersListProps) {
  const { t, i18n } = useTranslation('users')
  const dateTime = dateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const day = dateTimeFormat(i18n.language, { dateStyle: 'long' })
  const formatDate = (iso: string) => dateTime.format(new Date(iso))
  const relative = relativeTimeFormat(i18n.language, { numeric: 'auto' })
  const ago = (iso: string) => {
    const minutes = Math.round((Date.parse(iso) - Date.now()) / 60_000)
    if (minutes === 0) return t('users.sessions.justNow')
    if (Math.abs(minutes) < 60) return relative.format(minutes, 'minute')
    if (Math.abs(minutes) < 24 * 60) return relative.format(Math.round(minutes / 60), 'hour')
    return relative.format(Math.round(minutes / (24 * 60)), 'day')
  }
  const accountLabel = (id: string) =>
    accounts.find((account) => account.id === id)?.label ?? t('users.sessions.unknownAccount')
  const admins = users.filter((user) => user.role === 'admin').length

  return (
    <Stack
      component="ul"
      gap="md"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label={t('users.listLabel')}
    >
      {users.map((user) => {
        const yourself = user.username === me
        const onlyAdmin = user.role === 'admin' && admins === 1
        const headingId = `user-${user.username}`
        return (
          <Paper component="li" withBorder p="md" key={user.username} aria-labelledby={headingId}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Group gap="xs" wrap="wrap">
                    <Title order={2} size="h4" id={headingId} style={{ wordBreak: 'break-all' }}>
                      {user.username}
                      {yourself && (
                        <Text span c="dimmed" fw={400} size="sm">
                          {' '}
                          ({t('users.you')})
                        </Text>
                      )}
                    </Title>
                    <Badge variant="light" color={user.role === 'admin' ? 'blue' : 'gray'}>
                      {t(`users.roles.${user.role}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t(`users.source.${user.source}`)}
                    {user.roleOrigin !== null &&
                      ` · ${t('users.source.roleFrom', { group: user.roleOrigin })}`}
                    {' · '}
                    {t('users.createdOn', { date: day.format(new Date(user.createdAt)) })}
                  </Text>
                </Stack>
                <UserMenu user={user} onlyAdmin={onlyAdmin} yourself={yourself} onAction={onAction} />
              </Group>
              {onlyAdmin && (
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <IconLock size={14} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
                  <Text size="xs" c="dimmed">
                    {t('users.onlyAdmin')}
                  </Text>
                </Group>
              )}
              {user.sessions.length > 0 && (
                <Text size="sm" fw={600}>
                  {t('users.sessions.count', { count: user.sessions.length })}
                </Text>
              )}
              <UserSessions
                user={user}
                accountLabel={accountLabel}
                formatDate={formatDate}
                ago={ago}
                onEnd={(session) =>
                  onAction({
                    kind: 'end-session',
                    user,
                    session,
                    started: formatDate(session.createdAt),
                    account: accountLabel(session.accountId),
                  })
                }
              />
            </Stack>
          </Paper>
        )
      })}
    </Stack>
  )
}
