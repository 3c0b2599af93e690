import '../../../components/mantine-on-demand.css'
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SecretValue } from '../../../components/secret-value'

interface SecretModalProps {
  /** Held only in the caller's component state; dropped when `onDone` runs. */
  secret: string
  endpointLabel: string
  onDone: () => void
}

/**
 * Shows a new endpoint's signing secret, the one time Lucca ever returns it. Escape or a click outside
 * does not close it before the admin confirms they stored the secret: it explains why instead.
 */
export function SecretModal({ secret, endpointLabel, onDone }: SecretModalProps) {
  const { t } = useTranslation('endpoints/form')
  const [stored, setStored] = useState(false)
  const [nudged, setNudged] = useState(false)

  return (
    <Modal
      opened
      onClose={() => (stored ? onDone() : setNudged(true))}
      title={t('secret.title')}
      withCloseButton={false}
      size="lg"
      centered
    >
      <Stack>
        <Text size="sm">{t('secret.intro', { endpoint: endpointLabel })}</Text>
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('secret.onceTitle')}>
          {t('secret.onceBody')}
        </Alert>
        <SecretValue
          value={secret}
          // Copying is storing it somewhere, most of the time; the admin can still untick the box.
          onCopy={() => setStored(true)}
          labels={{
            value: t('secret.valueLabel'),
            show: t('secret.show'),
            hide: t('secret.hide'),
            copy: t('secret.copy'),
            copied: t('secret.copied'),
            copiedAnnouncement: t('secret.copiedAnnouncement'),
          }}
        />
        <Text size="xs" c="dimmed">
          {t('secret.usage')}
        </Text>
        <Checkbox
          checked={stored}
          onChange={(event) => setStored(event.currentTarget.checked)}
          label={t('secret.confirmStored')}
        />
        {nudged && !stored && (
          <Text size="sm" c="red" role="alert">
            {t('secret.nudge')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button disabled={!stored} onClick={onDone}>
            {t('secret.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
