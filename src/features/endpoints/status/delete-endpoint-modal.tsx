import { Code, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ConfirmModal } from '../../../components/confirm-modal'
import { QueryError } from '../../../components/query-error'
import { useDeleteEndpoint, type ListedEndpoint } from '../endpoints-api'
import { endpointLabel } from '../endpoint-label'

interface DeleteEndpointModalProps {
  endpoint: ListedEndpoint
  etag?: string | null
  isProduction: boolean
  opened: boolean
  onClose: () => void
  onDeleted?: () => void
}

export function DeleteEndpointModal({
  endpoint,
  etag,
  isProduction,
  opened,
  onClose,
  onDeleted,
}: DeleteEndpointModalProps) {
  const { t } = useTranslation('endpoints')
  const deleteEndpoint = useDeleteEndpoint()
  function cancel() {
    deleteEndpoint.reset()
    onClose()
  }
  return (
    <ConfirmModal
      opened={opened}
      title={t('delete.title', { endpoint: endpointLabel(endpoint) })}
      confirmLabel={t('delete.confirm')}
      danger
      loading={deleteEndpoint.isPending}
      typeToConfirm={isProduction ? t('delete.word') : null}
      onCancel={cancel}
      onConfirm={() =>
        deleteEndpoint.mutate(
          { endpoint, etag },
          {
            onSuccess: () => {
              onClose()
              onDeleted?.()
            },
          },
        )
      }
    >
      <Text size="sm">{t('delete.body')}</Text>
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {endpoint.webhookUrl}
      </Code>
      {isProduction && (
        <Text size="sm" c="red" fw={600}>
          {t('delete.production')}
        </Text>
      )}
      {deleteEndpoint.isError && <QueryError error={deleteEndpoint.error} />}
    </ConfirmModal>
  )
}
