import { Button, Group, Paper, Stack, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EndpointFacts } from './endpoint-facts'
import type { EndpointDetail } from './endpoints-api'
import { EndpointEditForm } from './form/endpoint-edit-form'

interface EndpointDetailsPanelProps {
  detail: EndpointDetail
  canEdit: boolean
  allowsPrivateReceivers: boolean
  onReload: () => void
  /** What the console knows of the signing secret, under the facts. */
  children?: ReactNode
}

/** The endpoint's details; an admin edits its URL and topics on demand, in place of them. */
export function EndpointDetailsPanel({
  detail,
  canEdit,
  allowsPrivateReceivers,
  onReload,
  children,
}: EndpointDetailsPanelProps) {
  const { t } = useTranslation('endpoints')
  const { t: tForm } = useTranslation('endpoints/form')
  const [editing, setEditing] = useState(false)
  const { endpoint, etag } = detail
  if (editing)
    return (
      <EndpointEditForm
        key={etag ?? endpoint.lastUpdatedAt}
        detail={detail}
        allowsPrivateReceivers={allowsPrivateReceivers}
        onReload={onReload}
        onDone={() => setEditing(false)}
      />
    )
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="endpoint-details">
      <Stack gap="md">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4" id="endpoint-details">
            {t('detail.details')}
          </Title>
          {canEdit && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {tForm('edit.title')}
            </Button>
          )}
        </Group>
        <EndpointFacts endpoint={endpoint} />
        {children}
      </Stack>
    </Paper>
  )
}
