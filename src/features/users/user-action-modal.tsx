import { Alert, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ConfirmModal } from '../../components/confirm-modal'
import type { User, UserSession } from './users-client'
import { useUserErrorMessage } from './user-error'
import { useChangeRole, useEndSession, useEndSessions, useRemoveUser, useResetPassword } from './users-api'

/** A change to a user that signs them out, so it is confirmed first. */
export type UserAction =
  | { kind: 'role' | 'reset' | 'end-sessions' | 'remove'; user: User }
  | { kind: 'end-session'; user: User; session: UserSession; started: string; account: string }

interface UserActionModalProps {
  action: UserAction
  /** The signed-in admin: acting on oneself signs oneself out too, and the dialog says so. */
  me: string
  onClose: () => void
  onPassword: (password: string) => void
}

export function UserActionModal({ action, me, onClose, onPassword }: UserActionModalProps) {
  const { t } = useTranslation('users')
  const messageOf = useUserErrorMessage()
  const changeRole = useChangeRole()
  const resetPassword = useResetPassword()
  const removeUser = useRemoveUser()
  const endSessions = useEndSessions()
  const endSession = useEndSession()
  const { user } = action
  const { username } = user
  const yourself = username === me
  const newRole = user.role === 'admin' ? 'viewer' : 'admin'
  const roleName = t(`users.roles.${newRole}`)
  const done = (message: string) => () => {
    notifications.show({ color: 'teal', message })
    onClose()
  }

  const mutation = {
    role: changeRole,
    reset: resetPassword,
    remove: removeUser,
    'end-sessions': endSessions,
    'end-session': endSession,
  }[action.kind]

  function confirm() {
    switch (action.kind) {
      case 'role':
        return changeRole.mutate(
          { username, role: newRole },
          { onSuccess: done(t('users.done.role', { username, role: roleName })) },
        )
      case 'reset':
        return resetPassword.mutate(username, { onSuccess: ({ password }) => onPassword(password) })
      case 'remove':
        return removeUser.mutate(username, { onSuccess: done(t('users.done.removed', { username })) })
      case 'end-sessions':
        return endSessions.mutate(username, { onSuccess: done(t('users.done.sessions', { username })) })
      case 'end-session':
        return endSession.mutate(
          { username, sessionId: action.session.id },
          { onSuccess: done(t('users.done.session')) },
        )
    }
  }

  const text = {
    role: {
      title: t('users.confirm.roleTitle', { username }),
      body: t('users.confirm.roleBody', { username, role: roleName }),
      confirm: t('users.confirm.roleConfirm'),
    },
    reset: {
      title: t('users.confirm.resetTitle', { username }),
      body: t('users.confirm.resetBody'),
      confirm: t('users.confirm.resetConfirm'),
    },
    remove: {
      title: t('users.confirm.removeTitle', { username }),
      body: t('users.confirm.removeBody', { username }),
      confirm: t('users.confirm.removeConfirm'),
    },
    'end-sessions': {
      title: t('users.confirm.endSessionsTitle', { username }),
      body: t('users.confirm.endSessionsBody'),
      confirm: t('users.confirm.endSessionsConfirm'),
    },
    'end-session': {
      title: t('users.confirm.endOneTitle', { username }),
      body:
        action.kind === 'end-session'
          ? t('users.confirm.endOneBody', { username, started: action.started, account: action.account })
          : '',
      confirm: t('users.confirm.endOneConfirm'),
    },
  }[action.kind]

  // What it does to sessions, in plain words: everything here but ending one session signs the user out everywhere.
  const signsOut = action.kind !== 'end-session' && action.kind !== 'remove'
  const signsMeOut =
    yourself && (action.kind !== 'end-session' || (action.kind === 'end-session' && action.session.current))
  return (
    <ConfirmModal
      opened
      title={text.title}
      confirmLabel={text.confirm}
      danger={action.kind !== 'role' || newRole === 'viewer'}
      loading={mutation.isPending}
      onCancel={onClose}
      onConfirm={confirm}
    >
      <Stack gap="sm">
        <Text size="sm">{text.body}</Text>
        {signsOut && !yourself && <Text size="sm">{t('users.confirm.signsOut', { username })}</Text>}
        {action.kind === 'role' && yourself && newRole === 'viewer' && (
          <Text size="sm">{t('users.confirm.demoteYourself')}</Text>
        )}
        {signsMeOut && (
          <Text size="sm" fw={600}>
            {action.kind === 'end-session'
              ? t('users.confirm.endOneYourself')
              : t('users.confirm.signsYouOut')}
          </Text>
        )}
        {mutation.isError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {messageOf(mutation.error, action.kind === 'end-session' ? 'session' : 'user')}
          </Alert>
        )}
      </Stack>
    </ConfirmModal>
  )
}
