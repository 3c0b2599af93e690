import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation } from '@tanstack/react-query'
import { IconPlugConnected } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { lucca, unwrap } from '../../lib/lucca-client'
import { ns } from './i18n'
import { useMutationErrorMessage } from './mutation-error'

/**
 * Asks Lucca to re-activate a suspended endpoint; Lucca runs the activation challenge first, and on success
 * sends the events it held. `onDone` lets the page refresh whatever shows the endpoint.
 */
export function ReactivateButton({ endpointId, onDone }: { endpointId: string; onDone: () => void }) {
  const { t } = useTranslation(ns)
  const messageOf = useMutationErrorMessage()
  const reactivate = useMutation({
    mutationFn: () =>
      unwrap(
        lucca.PATCH('/lucca-api/webhook-endpoints/{id}', {
          params: { path: { id: endpointId } },
          body: { status: 'active' },
        }),
      ),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: t('actions.reactivated') })
      onDone()
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: t('actions.reactivateFailed'), message: messageOf(error) }),
  })
  return (
    <Button
      color="red.9"
      leftSection={<IconPlugConnected size={16} aria-hidden />}
      loading={reactivate.isPending}
      onClick={() => reactivate.mutate()}
    >
      {t('actions.reactivate')}
    </Button>
  )
}
