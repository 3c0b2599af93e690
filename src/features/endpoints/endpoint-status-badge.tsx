import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DeferredTooltip } from '../../components/deferred/deferred-tooltip'
import type { WebhookEndpointStatus } from '../../lib/lucca-client'

const colors: Record<WebhookEndpointStatus, 'teal' | 'red' | 'gray'> = {
  active: 'teal',
  suspended: 'red',
  inactive: 'gray',
}

const isKnown = (status: string): status is WebhookEndpointStatus => Object.hasOwn(colors, status)

/**
 * The status, with what it means and what happens next on hover or keyboard focus. One Lucca's contract
 * does not list (the history keeps what Lucca said) is shown as it is.
 */
export function EndpointStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('endpoints')
  if (!isKnown(status)) {
    return (
      <Badge color="gray" variant="light">
        {status}
      </Badge>
    )
  }
  return (
    <DeferredTooltip
      label={t(`status.${status}.explain`)}
      multiline
      w={280}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
    >
      <Badge color={colors[status]} variant="light" tabIndex={0} style={{ cursor: 'help' }}>
        {t(`status.${status}.label`)}
      </Badge>
    </DeferredTooltip>
  )
}
