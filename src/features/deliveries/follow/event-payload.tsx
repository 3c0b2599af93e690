import { ActionIcon, Code, CopyButton, Group, Paper, Skeleton, Text, Title, Tooltip } from '@mantine/core'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { LuccaEvent } from '../../../lib/lucca-client'

/** The event as the receiver got it (Lucca posts it without its `embedded` part); undefined while it is read. */
export function EventPayload({ event }: { event: LuccaEvent | null | undefined }) {
  const { t } = useTranslation('deliveries/follow')
  const json = event ? JSON.stringify(withoutEmbedded(event), null, 2) : null
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t('payload.title')}
        </Title>
        {json && (
          <CopyButton value={json}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('payload.copied') : t('payload.copy')}>
                <ActionIcon variant="default" onClick={copy} aria-label={t('payload.copy')}>
                  {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        )}
      </Group>
      {json ? (
        <Code
          block
          style={{ maxHeight: 420, overflow: 'auto' }}
          tabIndex={0}
          role="region"
          aria-label={t('payload.title')}
        >
          {json}
        </Code>
      ) : event === null ? (
        <Text size="sm">{t('payload.unavailable')}</Text>
      ) : (
        <Skeleton height={80} role="status" aria-label={t('payload.loading')} />
      )}
    </Paper>
  )
}

function withoutEmbedded(event: LuccaEvent) {
  const { embedded: _embedded, ...rest } = event
  return rest
}
