import { Button } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { IconKey } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { addressOf, type WebhookEndpoint } from '../../../lib/lucca-client'
import { endpointQueries } from '../endpoints-api'
import { isTwinOf, replacedAddress } from './rotation-state'

/**
 * The endpoint page's way into the rotation: "Continue" when this endpoint is a twin, or when the history
 * (which costs Lucca nothing) holds a twin of it; the rotation page then reads both from Lucca.
 */
export function RotationLink({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation('endpoints/rotation')
  const isTwin = replacedAddress(endpoint) !== null
  const search = useQuery({
    ...endpointQueries.list({ q: endpoint.webhookUrl, pageSize: 100 }),
    enabled: !isTwin,
  })
  const resume = isTwin || !!search.data?.items.some((item) => isTwinOf(item, endpoint))
  return (
    <Button
      component={Link}
      to={`/endpoints/${encodeURIComponent(addressOf(endpoint))}/rotate`}
      variant={resume ? 'filled' : 'default'}
      leftSection={<IconKey size={16} aria-hidden />}
    >
      {resume ? t('entry.resume') : t('entry.start')}
    </Button>
  )
}
