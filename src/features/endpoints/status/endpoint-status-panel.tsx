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
  /** The latest failed attempt, from the history the page already reads: named in the suspension banner. */
  lastError?: { code: number | null; at: string } | null
}

const colors = { active: 'teal', suspended: 'red', inactive: 'gray' } as const

/** The status in words, what happens next, and the one action that changes it. */
export function EndpointStatusPanel({
  endpoint,
  etag,
  canEdit,
  isProduction,
  lastError,
}: EndpointStatusPanelProps) {
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
        {status === 'suspended' && lastError && <LastError {...lastError} />}
        <Text size="sm">{t(`status.${status}.explain`)}</Text>
        {status === 'suspended' && <ChallengeExplanation webhookUrl={endpoint.webhookUrl} />}
        {canEdit && (
          <Group>
            {status === 'active' ? (
              <Button variant="default" onClick={disable} loading={update.isPending}>
                {t('actions.disable')}
              </Button>
            ) : (
              // Re-activating is the way out of a suspension, not a danger: never red.
              <Button color="teal.9" onClick={() => setDialog('active')}>
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

const reasons = ['400', '401', '403', '404', '405', '408', '410', '429', '500', '502', '503', '504'] as const

/** "Your server answered 404 Not Found on Nov 29, 14:02", in the admin's language. */
function LastError({ code, at }: { code: number | null; at: string }) {
  const { t, i18n } = useTranslation('endpoints')
  const date = new Date(at)
  const when = new Intl.DateTimeFormat(i18n.language, {
    ...(date.getFullYear() === new Date().getFullYear() ? {} : { year: 'numeric' }),
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date)
  const known = reasons.find((reason) => reason === String(code))
  const answer = known ? `${code} ${t(`httpReasons.${known}`)}` : String(code)
  return (
    <Text size="sm" fw={600}>
      {code === null ? t('suspension.noAnswer', { when }) : t('suspension.answered', { answer, when })}
    </Text>
  )
}
