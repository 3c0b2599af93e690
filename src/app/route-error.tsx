import { Button, Center, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { QueryError } from '../components/query-error'
import { isApiError } from '../lib/api-error'

/** One broken screen shows this instead of blanking the whole console. */
export function RouteError() {
  const error = useRouteError()
  return (
    <ErrorScreen
      error={error}
      notFound={(isRouteErrorResponse(error) && error.status === 404) || isApiError(error, 404)}
    />
  )
}

export function NotFoundPage() {
  return <ErrorScreen error={null} notFound />
}

function ErrorScreen({ error, notFound }: { error: unknown; notFound: boolean }) {
  const { t } = useTranslation()
  return (
    <Center py="xl">
      <Stack maw={520} align="stretch">
        <Title order={1} size="h3">
          {notFound ? t('errors.pageNotFound') : t('errors.pageBroken')}
        </Title>
        {notFound ? (
          <Text>{t('errors.pageNotFoundBody')}</Text>
        ) : (
          <QueryError error={error} onRetry={() => location.reload()} />
        )}
        <Button component={Link} to="/endpoints" variant="light">
          {t('nav.backToEndpoints')}
        </Button>
      </Stack>
    </Center>
  )
}
