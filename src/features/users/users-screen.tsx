import '../../components/mantine-on-demand.css'
import { Alert, Button, Paper, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { IconLock, IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LoadingPlaceholder } from '../../components/loading-placeholder'
import { PageHeader } from '../../components/page-header'
import { QueryError } from '../../components/query-error'
import { isApiError } from '../../lib/api-error'
import type { Account, Role } from '../../lib/console-client'
import { AddUserModal } from './add-user-modal'
import { PasswordModal, type ShownPassword } from './password-modal'
import { UserActionModal, type UserAction } from './user-action-modal'
import { UsersList } from './users-list'
import { userQueries, useRefreshUsers } from './users-api'

interface UsersScreenProps {
  /** The signed-in user. */
  me: { username: string; role: Role }
  accounts: Account[]
}

/** `/users`: who may sign in to the console, with which role, and where they are signed in. Admins only. */
export function UsersScreen({ me, accounts }: UsersScreenProps) {
  if (me.role !== 'admin') return <AdminsOnly />
  return <AdminUsersScreen me={me.username} accounts={accounts} />
}

function AdminUsersScreen({ me, accounts }: { me: string; accounts: Account[] }) {
  const { t } = useTranslation('users')
  const users = useQuery(userQueries.list())
  const refresh = useRefreshUsers()
  const [adding, setAdding] = useState(false)
  const [action, setAction] = useState<UserAction | null>(null)
  // A password lives here and only here, until the admin confirms they copied it.
  const [shown, setShown] = useState<ShownPassword | null>(null)

  if (isApiError(users.error, 403)) return <AdminsOnly />
  return (
    <Stack>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            {t('users.add')}
          </Button>
        }
      />
      {users.isPending && <LoadingPlaceholder heights={[120, 120, 120]} />}
      {users.isError && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      {users.isSuccess && users.data.items.length === 0 && (
        <Paper withBorder p="xl">
          <Text c="dimmed">{t('users.empty')}</Text>
        </Paper>
      )}
      {users.isSuccess && users.data.items.length > 0 && (
        <UsersList users={users.data.items} me={me} accounts={accounts} onAction={setAction} />
      )}
      {adding && (
        <AddUserModal
          onCancel={() => setAdding(false)}
          onAdded={(added) => {
            setAdding(false)
            setShown({ ...added, kind: 'new' })
          }}
        />
      )}
      {action && (
        <UserActionModal
          action={action}
          me={me}
          onClose={() => setAction(null)}
          onPassword={(password) => {
            const { username } = action.user
            setAction(null)
            setShown({ username, password, kind: username === me ? 'own' : 'reset' })
          }}
        />
      )}
      {shown && (
        <PasswordModal
          shown={shown}
          onDone={() => {
            setShown(null)
            // After one's own reset this read finds the session ended, and the shell asks to sign in again.
            if (shown.kind !== 'new') void refresh()
          }}
        />
      )}
    </Stack>
  )
}

function AdminsOnly() {
  const { t } = useTranslation('users')
  return (
    <Stack>
      <PageHeader title={t('users.title')} />
      <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} title={t('users.adminsOnly.title')}>
        {t('users.adminsOnly.body')}
      </Alert>
    </Stack>
  )
}
