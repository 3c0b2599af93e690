import '../../components/mantine-on-demand.css'
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SecretValue } from '../../components/secret-value'

export interface ShownPassword {
  username: string
  /** Held only in the caller's component state; dropped when `onDone` runs. */
  password: string
  /** A new user's first password, another user's reset, or the admin's own reset (which signs them out). */
  kind: 'new' | 'reset' | 'own'
}

/**
 * A password the proxy returns once, for a new user or after a reset. Like the signing-secret modal, Escape
 * or a click outside does not close it before the admin confirms they copied it: it explains why instead.
 */
export function PasswordModal({ shown, onDone }: { shown: ShownPassword; onDone: () => void }) {
  const { t } = useTranslation('users')
  const [stored, setStored] = useState(false)
  const [nudged, setNudged] = useState(false)
  const { username, password, kind } = shown
  const intro = {
    new: t('users.password.newIntro', { username }),
    reset: t('users.password.resetIntro', { username }),
    own: t('users.password.ownIntro'),
  }[kind]
  return (
    <Modal
      opened
      onClose={() => (stored ? onDone() : setNudged(true))}
      title={t(kind === 'new' ? 'users.password.newTitle' : 'users.password.resetTitle', { username })}
      withCloseButton={false}
      size="lg"
      centered
    >
      <Stack>
        <Text size="sm">{intro}</Text>
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('users.password.onceTitle')}>
          {t('users.password.onceBody')}
        </Alert>
        <SecretValue
          value={password}
          labels={{
            value: t('users.password.valueLabel'),
            show: t('users.password.show'),
            hide: t('users.password.hide'),
            copy: t('users.password.copy'),
            copied: t('users.password.copied'),
            copiedAnnouncement: t('users.password.copiedAnnouncement'),
          }}
        />
        <Checkbox
          checked={stored}
          onChange={(event) => setStored(event.currentTarget.checked)}
          label={t('users.password.confirmStored')}
        />
        {nudged && !stored && (
          <Text size="sm" c="red" role="alert">
            {t('users.password.nudge')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button disabled={!stored} onClick={onDone}>
            {t('users.password.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
