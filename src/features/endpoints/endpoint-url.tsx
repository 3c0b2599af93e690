import { Anchor, Stack, Text } from '@mantine/core'
import type { CSSProperties } from 'react'
import { Link } from 'react-router'
import type { WebhookEndpoint } from '../../lib/lucca-client'

function split(webhookUrl: string) {
  try {
    const url = new URL(webhookUrl)
    return { host: url.host, rest: `${url.pathname === '/' ? '' : url.pathname}${url.search}` }
  } catch {
    return { host: webhookUrl, rest: '' }
  }
}

/** Host first, the rest muted: admins recognise endpoints by who receives them. */
export function EndpointUrl({ webhookUrl, size = 'sm' }: { webhookUrl: string; size?: 'sm' | 'md' }) {
  const { host, rest } = split(webhookUrl)
  return (
    <Text size={size} style={{ wordBreak: 'break-all' }} span>
      <Text span fw={600} inherit>
        {host}
      </Text>
      <Text span c="dimmed" inherit>
        {rest}
      </Text>
    </Text>
  )
}

/** How a list names an endpoint: its URL, linking to its page, and its name under it. */
export function EndpointLink({ endpoint, style }: { endpoint: WebhookEndpoint; style?: CSSProperties }) {
  return (
    <Stack gap={2} style={style}>
      <Anchor component={Link} to={`/endpoints/${endpoint.id}`} underline="hover" c="inherit">
        <EndpointUrl webhookUrl={endpoint.webhookUrl} />
      </Anchor>
      {endpoint.name && (
        <Text size="xs" c="dimmed">
          {endpoint.name}
        </Text>
      )}
    </Stack>
  )
}
