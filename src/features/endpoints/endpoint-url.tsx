import { Anchor, Stack, Text } from '@mantine/core'
import { Fragment, type CSSProperties } from 'react'
import { Link } from 'react-router'
import { addressOf } from '../../lib/lucca-client'
import type { ListedEndpoint } from './endpoints-api'

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
  // A narrow column breaks the path before a slash, and a word only when it cannot fit on a line.
  const segments = rest.split(/(?=\/)/)
  return (
    <Text size={size} style={{ overflowWrap: 'anywhere' }} span>
      <Text span fw={600} inherit>
        {host}
      </Text>
      <Text span c="dimmed" inherit>
        {segments.map((segment, index) => (
          <Fragment key={index}>
            {index > 0 && <wbr />}
            {segment}
          </Fragment>
        ))}
      </Text>
    </Text>
  )
}

/** How a list names an endpoint: its URL and its name under it, both linking to its page. */
export function EndpointLink({ endpoint, style }: { endpoint: ListedEndpoint; style?: CSSProperties }) {
  return (
    <Anchor
      component={Link}
      to={`/endpoints/${encodeURIComponent(addressOf(endpoint))}`}
      underline="hover"
      c="inherit"
      style={style}
    >
      <Stack gap={2} component="span">
        <EndpointUrl webhookUrl={endpoint.webhookUrl} />
        {endpoint.name && (
          <Text size="xs" c="dimmed" span>
            {endpoint.name}
          </Text>
        )}
      </Stack>
    </Anchor>
  )
}
