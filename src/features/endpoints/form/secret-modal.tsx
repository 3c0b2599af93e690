import '../../../components/mantine-on-demand.css'
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import { IconAlertTriangle, IconEye, IconEyeOff } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface SecretModalProps {
  /** Held only in the caller's component state; dropped when `onDone` runs. */
  secret: string
  endpointLabel: string
  onDone: () => void
}

function mask(secret: string) {
  return `${'•'.repeat(Math.min(24, Math.max(8, secret.length - 4)))}${secret.slice(-4)}`
}

/**
 * Shows a new endpoint's signing secret, the one time Lucca ever returns it. Escape or a click outside
 * does not close it before the admin confirms they stored the secret: it explains why instead.
 */
export function SecretModal({ secret, endpointLabel, onDone }: SecretModalProps) {
  const { t } = useTranslation('endpoints/form')
  const [revealed, setRevealed] = useState(false)
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
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            block
            style={{ flex: 1, wordBreak: 'break-all', fontSize: 'var(--mantine-font-size-sm)' }}
            aria-label={t('secret.valueLabel')}
          >
            {revealed ? secret : mask(secret)}
          </Code>
          <Tooltip label={revealed ? t('secret.hide') : t('secret.show')}>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={() => setRevealed((value) => !value)}
              aria-label={revealed ? t('secret.hide') : t('secret.show')}
            >
              {revealed ? <IconEyeOff size={18} aria-hidden /> : <IconEye size={18} aria-hidden />}
            </ActionIcon>
          </Tooltip>
          <CopyButton value={secret} timeout={4000}>
            {({ copied, copy }) => (
              <>
                <Button color={copied ? 'teal.9' : 'blue'} onClick={copy} miw={96}>
                  {copied ? t('secret.copied') : t('secret.copy')}
                </Button>
                {/* Screen readers hear the confirmation too, not only sighted admins. */}
                <VisuallyHidden aria-live="polite">
                  {copied ? t('secret.copiedAnnouncement') : ''}
                </VisuallyHidden>
              </>
            )}
          </CopyButton>
        </Group>
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
