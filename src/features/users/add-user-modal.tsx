import '../../components/mantine-on-demand.css'
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { QueryError } from '../../components/query-error'
import { isApiError } from '../../lib/api-error'
import type { Role } from '../../lib/console-client'
import { useAddUser } from './users-api'

const usernamePattern = /^[A-Za-z0-9._-]+$/

interface AddUserModalProps {
  onCancel: () => void
  /** With the new user's password, the only time the console ever has it in clear. */
  onAdded: (added: { username: string; password: string }) => void
}

export function AddUserModal({ onCancel, onAdded }: AddUserModalProps) {
  const { t } = useTranslation('users')
  const { t: tShell } = useTranslation()
  const addUser = useAddUser()
  const form = useForm<{ username: string; role: Role }>({
    initialValues: { username: '', role: 'viewer' },
    validate: {
      username: (value) => {
        if (value.trim() === '') return t('users.form.usernameRequired')
        if (value.length > 64) return t('users.form.usernameTooLong')
        if (!usernamePattern.test(value)) return t('users.form.usernameInvalid')
        return null
      },
    },
    validateInputOnBlur: true,
  })

  function submit(values: { username: string; role: Role }) {
    addUser.mutate(values, {
      onSuccess: onAdded,
      onError: (error) => {
        if (isApiError(error, 409) && error.reason === 'conflict')
          form.setFieldError('username', t('users.errors.taken', { username: values.username }))
      },
    })
  }

  const taken = isApiError(addUser.error, 409) && addUser.error.reason === 'conflict'
  return (
    <Modal
      opened
      onClose={onCancel}
      title={t('users.form.title')}
      centered
      size="md"
      closeButtonProps={{ 'aria-label': tShell('actions.close') }}
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput
            label={t('users.form.username')}
            description={t('users.form.usernameHelp')}
            required
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            key={form.key('username')}
            {...form.getInputProps('username')}
          />
          <Radio.Group label={t('users.form.role')} {...form.getInputProps('role')}>
            <Stack gap="xs" mt="xs">
              <Radio
                value="viewer"
                label={t('users.roles.viewer')}
                description={t('users.roles.viewerHelp')}
              />
              <Radio value="admin" label={t('users.roles.admin')} description={t('users.roles.adminHelp')} />
            </Stack>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            {t('users.form.passwordNote')}
          </Text>
          {addUser.isError && !taken && <QueryError error={addUser.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('users.form.cancel')}
            </Button>
            <Button type="submit" loading={addUser.isPending}>
              {t('users.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
