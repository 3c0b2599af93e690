import { Group, Stack, Text, Title } from '@mantine/core'
import { useLayoutEffect, type ReactNode } from 'react'
import { dismissFirstPaint } from '../lib/first-paint'

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: ReactNode
  description?: ReactNode
  actions?: ReactNode
}) {
  // The page's own header takes the place of the proxy's painted one, in the same frame (lib/first-paint.ts).
  useLayoutEffect(dismissFirstPaint, [])
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md">
      <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  )
}
