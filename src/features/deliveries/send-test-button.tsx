import { Button, type ButtonProps } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconSend } from '@tabler/icons-react'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { DeferredTooltip } from '../../components/deferred/deferred-tooltip'
import { addressOf } from '../../lib/lucca-client'
import { useSendTest } from './delivery-mutations'
import { useMutationErrorMessage } from './mutation-error'
import classes from './send-test-button.module.css'

// Following a test is only needed once one is sent: its code loads on the click, while Lucca takes the test.
const loadOutcome = () => import('./follow/test-outcome')
const TestOutcome = lazy(async () => ({ default: (await loadOutcome()).TestOutcome }))

interface Props extends ButtonProps {
  endpointId: string
  /** Lucca refuses tests to endpoints that are not active: the button says so instead. */
  endpointStatus?: string | undefined
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
      onClick={() => {
        if (follow === 'inline') void loadOutcome()
        send.mutate(endpointId, {
          onSuccess: (delivery) => {
            if (follow === 'open') void navigate(`/deliveries/${encodeURIComponent(addressOf(delivery))}`)
          },
          onError: (error) => {
            if (follow === 'open')
              notifications.show({ color: 'red', title: t('actions.sendFailed'), message: messageOf(error) })
          },
        })
      }}
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
      <div aria-live="polite">
        {(send.data || send.error) && (
          <Suspense>
            <TestOutcome sent={send.data} error={send.error} />
          </Suspense>
        )}
      </div>
    </div>
  )
}
