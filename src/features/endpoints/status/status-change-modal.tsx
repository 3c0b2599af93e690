import { Code, List, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ConfirmModal } from '../../../components/confirm-modal'
import { ForYourDeveloper } from '../../../components/for-your-developer'
import { QueryError } from '../../../components/query-error'
import { isApiError } from '../../../lib/api-error'
import { useUpdateEndpoint, type ListedEndpoint } from '../endpoints-api'
import { endpointLabel } from '../endpoint-label'

interface StatusChangeModalProps {
  endpoint: ListedEndpoint
  etag?: string | null
  target: 'active' | 'inactive'
  opened: boolean
  onClose: () => void
}

/** Enabling runs Lucca's activation challenge, so the admin is told what the receiver must answer. */
export function StatusChangeModal({ endpoint, etag, target, opened, onClose }: StatusChangeModalProps) {
  const { t } = useTranslation('endpoints')
  const update = useUpdateEndpoint()
  const activating = target === 'active'
  const challengeError = isApiError(update.error, 400) ? update.error.fieldErrors.webhookUrl : undefined
  function close() {
    update.reset()
    onClose()
  }
  return (
    <ConfirmModal
      opened={opened}
      title={t(activating ? 'statusChange.activateTitle' : 'statusChange.disableTitle', {
        endpoint: endpointLabel(endpoint),
      })}
      confirmLabel={t(activating ? 'statusChange.activate' : 'statusChange.disable')}
      danger={!activating}
      loading={update.isPending}
      onCancel={close}
      onConfirm={() => update.mutate({ endpoint, etag, patch: { status: target } }, { onSuccess: close })}
    >
      {activating ? (
        <ChallengeExplanation webhookUrl={endpoint.webhookUrl} />
      ) : (
        <Text size="sm">{t('statusChange.disableBody')}</Text>
      )}
      {challengeError ? (
        <Text size="sm" c="red" role="alert">
          {t('statusChange.challengeFailed', { reason: challengeError })}
        </Text>
      ) : (
        update.isError && <QueryError error={update.error} />
      )}
    </ConfirmModal>
  )
}

export function ChallengeExplanation({ webhookUrl }: { webhookUrl: string }) {
  const { t } = useTranslation('endpoints')
  const separator = webhookUrl.includes('?') ? '&' : '?'
  const request = `GET ${webhookUrl}${separator}echo=3kQ9…`
  return (
    <>
      <Text size="sm">{t('challenge.intro')}</Text>
      <Text size="sm">{t('challenge.time')}</Text>
      <ForYourDeveloper
        copyText={[t('challenge.technical'), request, t('challenge.status'), t('challenge.body')].join('\n')}
      >
        <Text size="sm">{t('challenge.technical')}</Text>
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {request}
        </Code>
        <List size="sm" spacing={4}>
          <List.Item>{t('challenge.status')}</List.Item>
          <List.Item>{t('challenge.body')}</List.Item>
        </List>
      </ForYourDeveloper>
    </>
  )
}
