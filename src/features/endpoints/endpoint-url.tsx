import { Text } from '@mantine/core'

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
