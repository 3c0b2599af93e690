import { Alert, Anchor, Button, Group, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { errorKeyOf, isConnectionError, isRetryable } from '../lib/error-message'
import { ApiError } from '../lib/api-error'

/** The one way a failed load looks: what went wrong in plain words, and a retry when one can help. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation()
  const { key, values } = errorKeyOf(error)
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('errors.title')}
      role="alert"
    >
      <Text size="sm">{t(key, values)}</Text>
      {error instanceof ApiError && error.message && key === 'errors.generic' && (
        <Text size="xs" c="dimmed" mt={4}>
          {error.message}
        </Text>
      )}
      {isConnectionError(error) && (
        <Anchor component={Link} to="/connection" size="sm" mt={4} display="inline-block">
          {t('errors.connectionLink')}
        </Anchor>
      )}
      {onRetry && isRetryable(error) && (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  )
}
