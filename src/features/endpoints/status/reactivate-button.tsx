import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlugConnected } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../lib/api-error'
import { useErrorMessage } from '../../../components/use-error-message'
import type { WebhookEndpoint } from '../../../lib/lucca-client'
import { useUpdateEndpoint } from '../endpoints-api'

/**
 * Asks Lucca to re-activate a suspended endpoint; Lucca runs the activation challenge first, and on success
 * sends the events it held. `onDone` lets the page refresh whatever shows the endpoint.
 */
export function ReactivateButton({
  endpoint,
  etag,
  onDone,
}: {
  endpoint: WebhookEndpoint
  etag: string | null
  onDone: () => void
}) {
  const { t } = useTranslation('endpoints')
  const update = useUpdateEndpoint()
  const messageOf = useErrorMessage()
  return (
    <Button
      color="teal.9"
      leftSection={<IconPlugConnected size={16} aria-hidden />}
      loading={update.isPending}
      onClick={() =>
        update.mutate(
          { endpoint, etag, patch: { status: 'active' } },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('reactivate.done') })
              onDone()
            },
            onError: (error) => {
              // A failed activation challenge comes back as an error on the receiver URL, in Lucca's words.
              const challenge = isApiError(error, 400) ? error.fieldErrors.webhookUrl : undefined
              notifications.show({
                color: 'red',
                title: t('reactivate.failed'),
                message: challenge ?? messageOf(error),
              })
            },
          },
        )
      }
    >
      {t('reactivate.action')}
    </Button>
  )
}
