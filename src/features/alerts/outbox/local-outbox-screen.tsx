import { Alert, Paper, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { LoadingPlaceholder } from '../../../components/loading-placeholder'
import { QueryError } from '../../../components/query-error'
import { isApiError } from '../../../lib/api-error'
import { alertQueries } from '../alerts-api'
import { OutboxItem } from './outbox-item'

/** What the console's own mail server and chat hooks received, newest first, read again every few seconds. */
export function LocalOutboxScreen() {
  const { t } = useTranslation('alerts/outbox')
  const outbox = useQuery(alertQueries.localOutbox())
  const items = outbox.data?.items ?? []
  if (isApiError(outbox.error, 404))
    return (
      <Alert color="gray" variant="light">
        <Text size="sm">{t('missing')}</Text>
      </Alert>
    )
  return (
    <Stack>
      {outbox.isPending && <LoadingPlaceholder heights={[160, 160]} />}
      {outbox.isError && !outbox.data && (
        <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
      )}
      {outbox.data && (
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {t('count', { count: items.length })} · {t('refreshing')}
        </Text>
      )}
      {outbox.isSuccess && items.length === 0 && (
        <Paper withBorder p="lg">
          <Text size="sm" c="dimmed">
            {t('empty')}
          </Text>
        </Paper>
      )}
      {items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('listLabel')}>
          {items.map((item) => (
            <OutboxItem key={item.id} item={item} />
          ))}
        </Stack>
      )}
    </Stack>
  )
}
