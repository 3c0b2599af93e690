import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorMessage } from '../../../components/use-error-message'
import type { WebhookEndpoint } from '../../../lib/lucca-client'
import { useUpdateEndpoint } from '../endpoints-api'
import { ChallengeExplanation, StatusChangeModal } from './status-change-modal'

interface EndpointStatusPanelProps {
  endpoint: WebhookEndpoint
  etag: string | null
  canEdit: boolean
  isProduction: boolean
}

const colors = { active: 'teal', suspended: 'red', inactive: 'gray' } as const

/** The status in words, what happens next, and the one action that changes it. */
export function EndpointStatusPanel({ endpoint, etag, canEdit, isProduction }: EndpointStatusPanelProps) {
  const { t } = useTranslation('endpoints')
  const messageOf = useErrorMessage()
  const [dialog, setDialog] = useState<'active' | 'inactive' | null>(null)
  const update = useUpdateEndpoint()
  const { status } = endpoint

  function disable() {
    if (isProduction) return setDialog('inactive')
    update.mutate(
      { endpoint, etag, patch: { status: 'inactive' } },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: t('statusChange.failed'), message: messageOf(error) }),
      },
    )
  }

  return (
    <Alert color={colors[status]} variant="light" title={t(`status.${status}.title`)}>
      <Stack gap="sm">
        <Text size="sm">{t(`status.${status}.explain`)}</Text>
        {status === 'suspended' && <ChallengeExplanation webhookUrl={endpoint.webhookUrl} />}
        {canEdit && (
          <Group>
            {status === 'active' ? (
              <Button variant="default" onClick={disable} loading={update.isPending}>
                {t('actions.disable')}
              </Button>
            ) : (
              <Button color={status === 'suspended' ? 'red.9' : 'teal.9'} onClick={() => setDialog('active')}>
                {status === 'suspended' ? t('actions.reactivate') : t('actions.enable')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {dialog && (
        <StatusChangeModal
          endpoint={endpoint}
          etag={etag}
          target={dialog}
          opened
          onClose={() => setDialog(null)}
        />
      )}
    </Alert>
  )
}
