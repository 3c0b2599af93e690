import { Button, Code, Collapse, Group, Paper, Stack, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { notifications } from '@mantine/notifications'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmModal } from '../../../components/confirm-modal'
import { LoadingPlaceholder } from '../../../components/loading-placeholder'
import { QueryError } from '../../../components/query-error'
import { SecretValue } from '../../../components/secret-value'
import { useErrorMessage } from '../../../components/use-error-message'
import { alertQueries, useRotateSigningSecret } from '../alerts-api'
import { dateTimeFormat } from '../../../lib/format'

const sample = `import { Webhook } from 'standardwebhooks'
new Webhook(secret).verify(body, headers) // throws if not signed with it`

/** Admins: how the generic hook is signed, its secret (read only when opened), and renewing it. */
export function SigningSecretPanel() {
  const { t } = useTranslation('alerts/rules')
  const [opened, disclosure] = useDisclosure(false)
  const panelId = useId()
  const Chevron = opened ? IconChevronDown : IconChevronRight
  return (
    <Paper withBorder p="sm">
      <Button
        variant="subtle"
        fullWidth
        justify="flex-start"
        leftSection={<Chevron size={16} aria-hidden />}
        aria-expanded={opened}
        aria-controls={panelId}
        onClick={disclosure.toggle}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
        h="auto"
        py={6}
      >
        {t('secret.title')}
      </Button>
      <Collapse expanded={opened} id={panelId}>
        <Stack p="sm">{opened && <SecretBody />}</Stack>
      </Collapse>
    </Paper>
  )
}

function SecretBody() {
  const { t, i18n } = useTranslation('alerts/rules')
  const secret = useQuery(alertQueries.signingSecret())
  const rotate = useRotateSigningSecret()
  const messageOf = useErrorMessage()
  const [confirming, setConfirming] = useState(false)
  const labels = {
    value: t('secret.value'),
    show: t('secret.show'),
    hide: t('secret.hide'),
    copy: t('secret.copy'),
    copied: t('secret.copied'),
    copiedAnnouncement: t('secret.copiedAnnouncement'),
  }
  return (
    <Stack gap="sm">
      <Text size="sm">{t('secret.intro')}</Text>
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {sample}
      </Code>
      {secret.isPending && <LoadingPlaceholder heights={[40]} />}
      {secret.isError && <QueryError error={secret.error} onRetry={() => void secret.refetch()} />}
      {secret.data && (
        <>
          <SecretValue value={secret.data.secret} labels={labels} />
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {t('secret.created', {
                when: dateTimeFormat(i18n.language, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }).format(new Date(secret.data.createdAt)),
              })}
            </Text>
            <Button size="xs" variant="default" onClick={() => setConfirming(true)}>
              {t('secret.renew')}
            </Button>
          </Group>
        </>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('secret.renewTitle')}
        confirmLabel={t('secret.renew')}
        danger
        loading={rotate.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          rotate.mutate(undefined, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('secret.renewed') })
              setConfirming(false)
            },
            onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }),
          })
        }
      >
        <Text size="sm">{t('secret.renewBody')}</Text>
      </ConfirmModal>
    </Stack>
  )
}
