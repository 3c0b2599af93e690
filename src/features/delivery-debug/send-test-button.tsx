import { Button, type ButtonProps } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconSend } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useSendTestDelivery } from './delivery-mutations'
import { ns } from './i18n'
import { useMutationErrorMessage } from './mutation-error'

/** Sends a test event to the endpoint, then opens the delivery, which follows itself live. */
export function SendTestButton({ endpointId, ...props }: { endpointId: string } & ButtonProps) {
  const { t } = useTranslation(ns)
  const navigate = useNavigate()
  const send = useSendTestDelivery()
  const messageOf = useMutationErrorMessage()
  return (
    <Button
      leftSection={<IconSend size={16} aria-hidden />}
      loading={send.isPending}
      onClick={() =>
        send.mutate(endpointId, {
          onSuccess: (delivery) => navigate(`/deliveries/${encodeURIComponent(delivery.id)}`),
          onError: (error) =>
            notifications.show({ color: 'red', title: t('actions.sendFailed'), message: messageOf(error) }),
        })
      }
      {...props}
    >
      {t('actions.sendTest')}
    </Button>
  )
}
