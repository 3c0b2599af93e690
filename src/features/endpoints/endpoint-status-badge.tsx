import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { DeferredTooltip } from '../../components/deferred/deferred-tooltip'
import type { WebhookEndpointStatus } from '../../lib/lucca-client'

const colors: Record<WebhookEndpointStatus, 'teal' | 'red' | 'gray'> = {
  active: 'teal',
  suspended: 'red',
  inactive: 'gray',
}

/** The status, with what it means and what happens next on hover or keyboard focus. */
export function EndpointStatusBadge({ status }: { status: WebhookEndpointStatus }) {
  const { t } = useTranslation('endpoints')
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
