import { Button, type ButtonProps } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconSend } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { DeferredTooltip } from '../../components/deferred/deferred-tooltip'
import { addressOf, type WebhookEndpointStatus } from '../../lib/lucca-client'
import { useSendTest } from './delivery-mutations'
import { TestOutcome } from './follow/test-outcome'
import { useMutationErrorMessage } from './mutation-error'
import classes from './send-test-button.module.css'

interface Props extends ButtonProps {
  endpointId: string
  /** Lucca refuses tests to endpoints that are not active: the button says so instead. */
  endpointStatus?: WebhookEndpointStatus | undefined
  /** `inline`: the outcome is followed beside the button, as in a list row; `open`: the delivery page opens. */
  follow: 'inline' | 'open'
}

/** Sends a test event to the endpoint, then follows the delivery until it is delivered or failed. */
export function SendTestButton({ endpointId, endpointStatus, follow, ...props }: Props) {
  const { t } = useTranslation('deliveries')
  const navigate = useNavigate()
  const send = useSendTest()
  const messageOf = useMutationErrorMessage()
  const disabledReason = endpointStatus && endpointStatus !== 'active' ? t('row.onlyActive') : null
  const button = (
    <Button
      leftSection={follow === 'open' ? <IconSend size={16} aria-hidden /> : undefined}
      loading={send.isPending}
      disabled={disabledReason !== null}
      onClick={() =>
        send.mutate(endpointId, {
          onSuccess: (delivery) => {
            if (follow === 'open') void navigate(`/deliveries/${encodeURIComponent(addressOf(delivery))}`)
          },
          onError: (error) => {
            if (follow === 'open')
              notifications.show({ color: 'red', title: t('actions.sendFailed'), message: messageOf(error) })
          },
        })
      }
      {...props}
    >
      {follow === 'open' ? t('actions.sendTest') : t('actions.sendTestShort')}
    </Button>
  )
  const shown = disabledReason ? (
    <DeferredTooltip label={disabledReason}>
      <span>{button}</span>
    </DeferredTooltip>
  ) : (
    button
  )
  if (follow === 'open') return shown
  return (
    <div className={classes.inline}>
      {shown}
      <TestOutcome sent={send.data} error={send.error} />
    </div>
  )
}
