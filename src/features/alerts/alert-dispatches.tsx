import { Button, Group, Stack, Text, ThemeIcon } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconCheck, IconClock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useErrorMessage } from '../../components/use-error-message'
import { useRetryDispatch } from './alerts-api'
import type { AlertDispatch } from './alerts-client'
import { useAlertFormat } from './use-alert-format'

const looks = {
  sent: { color: 'teal', Icon: IconCheck },
  pending: { color: 'gray', Icon: IconClock },
  failing: { color: 'red', Icon: IconAlertTriangle },
} as const

/** What was sent for an alert to each recipient, and how it went: sent, waiting, or failing and retried. */
export function AlertDispatches(props: { dispatches: AlertDispatch[]; canRetry: boolean; now: number }) {
  const { t } = useTranslation('alerts')
  if (props.dispatches.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('alert.noMessages')}
      </Text>
    )
  return (
    <Stack component="ul" gap="xs" p={0} m={0} aria-label={t('alert.messages')}>
      {props.dispatches.map((dispatch) => (
        <DispatchItem key={dispatch.id} dispatch={dispatch} canRetry={props.canRetry} now={props.now} />
      ))}
    </Stack>
  )
}

function DispatchItem({
  dispatch,
  canRetry,
  now,
}: {
  dispatch: AlertDispatch
  canRetry: boolean
  now: number
}) {
  const { t } = useTranslation('alerts')
  const format = useAlertFormat()
  const retry = useRetryDispatch()
  const messageOf = useErrorMessage()
  const { color, Icon } = looks[dispatch.status]
  const who = t('dispatch.who', {
    kind: t(`dispatch.kinds.${dispatch.kind}`),
    target: dispatch.target,
    language: t(`dispatch.languages.${dispatch.language}`),
  })
  const status =
    dispatch.status === 'sent'
      ? t('dispatch.sent', { when: dispatch.sentAt ? format.fromNow(dispatch.sentAt, now) : '' })
      : dispatch.status === 'pending'
        ? t('dispatch.pending')
        : dispatch.lastError
          ? t('dispatch.failing', { error: dispatch.lastError })
          : t('dispatch.failingNoReason')
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start" style={{ listStyle: 'none' }}>
      <ThemeIcon color={color} variant="light" size="sm" radius="xl" mt={2}>
        <Icon size={14} aria-hidden />
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <Text span fw={600} size="sm">
            {t(`dispatch.${dispatch.message}`)}
          </Text>
          {' · '}
          {who}
        </Text>
        <Text
          size="sm"
          c={dispatch.status === 'failing' ? 'var(--mantine-color-error)' : 'dimmed'}
          style={{ overflowWrap: 'anywhere' }}
        >
          {status}
        </Text>
        {dispatch.status === 'failing' && dispatch.nextAttemptAt && (
          <Text size="xs" c="dimmed">
            {t('dispatch.nextTry', {
              when: format.fromNow(dispatch.nextAttemptAt, now),
              count: dispatch.attempts,
            })}
          </Text>
        )}
        {canRetry && dispatch.status === 'failing' && (
          <Button
            w="fit-content"
            size="xs"
            variant="light"
            loading={retry.isPending}
            aria-label={t('dispatch.retryLabel', { target: dispatch.target })}
            onClick={() =>
              retry.mutate(dispatch.id, {
                onSuccess: () => notifications.show({ color: 'teal', message: t('dispatch.retried') }),
                onError: (error) => notifications.show({ color: 'red', message: messageOf(error) }),
              })
            }
          >
            {t('dispatch.retry')}
          </Button>
        )}
      </Stack>
    </Group>
  )
}
