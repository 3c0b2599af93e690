import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { User, UserSession } from './users-client'

interface UserSessionsProps {
  user: User
  accountLabel: (accountId: string) => string
  formatDate: (iso: string) => string
  /** "5 minutes ago": how recently a browser was used matters more than the exact time. */
  ago: (iso: string) => string
  onEnd: (session: UserSession) => void
}

/** Where a user is signed in: one line per browser, the account it works on, and when it was last used. */
export function UserSessions({ user, accountLabel, formatDate, ago, onEnd }: UserSessionsProps) {
  const { t } = useTranslation('users')
  if (user.sessions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('users.sessions.none')}
      </Text>
    )
  return (
    <Stack
      component="ul"
      gap="xs"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label={t('users.sessions.count', { count: user.sessions.length })}
    >
      {user.sessions.map((session) => {
        const account = accountLabel(session.accountId)
        const started = formatDate(session.createdAt)
        return (
          <Group
            component="li"
            key={session.id}
            justify="space-between"
            wrap="wrap"
            gap="xs"
            py={6}
            px="sm"
            style={{
              borderRadius: 'var(--mantine-radius-sm)',
              background: 'var(--mantine-color-default-hover)',
            }}
          >
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {account}
                </Text>
                {session.current && (
                  <Badge size="sm" variant="light" color="teal">
                    {t('users.sessions.thisBrowser')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {t('users.sessions.times', { started, lastSeen: ago(session.lastSeenAt) })}
              </Text>
            </Stack>
            <Button
              size="xs"
              variant="default"
              onClick={() => onEnd(session)}
              aria-label={t('users.sessions.endLabel', { account, started })}
            >
              {t('users.sessions.end')}
            </Button>
          </Group>
        )
      })}
    </Stack>
  )
}
