import { Button, Center, Stack, Text, Title } from '@mantine/core'
import { useLayoutEffect, type ReactNode } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { QueryError } from '../components/query-error'
import { isApiError } from '../lib/api-error'
import { dismissFirstPaint } from '../lib/first-paint'

/**
 * One broken screen (a render error, or a page whose code failed to load) shows this instead of blanking the
 * whole console. Moving to another page clears it.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return (
    <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
      {children}
    </ErrorBoundary>
  )
}

function RouteError({ error }: FallbackProps) {
  return <ErrorScreen error={error} notFound={isApiError(error, 404)} />
}

export function NotFoundPage() {
  return <ErrorScreen error={null} notFound />
}

function ErrorScreen({ error, notFound }: { error: unknown; notFound: boolean }) {
  const { t } = useTranslation()
  useLayoutEffect(dismissFirstPaint, [])
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
