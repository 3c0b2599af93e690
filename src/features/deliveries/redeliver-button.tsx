import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconRepeat } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { addressOf } from '../../lib/lucca-client'
import { useRedeliver } from './delivery-mutations'
import { useMutationErrorMessage } from './mutation-error'

/** Sends the same event again; Lucca creates a new delivery, which this opens and follows. */
export function RedeliverButton({ endpointId, eventId }: { endpointId: string; eventId: string }) {
  const { t } = useTranslation('deliveries')
  const navigate = useNavigate()
  const redeliver = useRedeliver()
  const messageOf = useMutationErrorMessage()
  return (
    <Button
      variant="default"
      leftSection={<IconRepeat size={16} aria-hidden />}
      loading={redeliver.isPending}
      onClick={() =>
        redeliver.mutate(
          { endpointId, eventId },
          {
            onSuccess: (delivery) => navigate(`/deliveries/${encodeURIComponent(addressOf(delivery))}`),
            onError: (error) =>
              notifications.show({
                color: 'red',
                title: t('actions.redeliverFailed'),
                message: messageOf(error),
              }),
          },
        )
      }
    >
      {t('actions.redeliver')}
    </Button>
  )
}
