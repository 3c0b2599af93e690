import { Alert, Center, Loader } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { IconAlertOctagon } from '@tabler/icons-react'
import { lazy, Suspense, useLayoutEffect, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { QueryError } from '../components/query-error'
import { AttentionBanner } from '../features/endpoints/attention-banner'
import { activeAccountOf, sessionQueries } from '../features/session/session-api'
import { isApiError } from '../lib/api-error'
import classes from './app-frame.module.css'
import { AppHeader } from './app-header'
import { AppNav } from './app-nav'
import { EmergencyBanner } from './emergency-banner'
import { dismissFirstPaint } from '../lib/first-paint'
import { RouteErrorBoundary } from './route-error'

// Only a signed-out visit needs the sign-in form (and the form library behind it).
const SignInPage = lazy(async () => ({
  default: (await import('../features/session/sign-in-form')).SignInPage,
}))
const SignInDialog = lazy(async () => ({
  default: (await import('../features/session/sign-in-form')).SignInDialog,
}))
// The history's stream opens once the first screen is up: it is not part of it.
const LiveUpdates = lazy(async () => ({ default: (await import('./live-updates')).LiveUpdates }))

/**
 * The shell: signs the admin in when the proxy says 401, then frames every page. A session found gone
 * while a page is open (any request's 401) keeps the page under a sign-in dialog, so nothing typed is lost.
 */
export function AppLayout() {
  const { t } = useTranslation()
  const [navOpened, nav] = useDisclosure(false)
  const session = useQuery(sessionQueries.current())
  const { data: ended } = useQuery(sessionQueries.ended())
  // No session after all (it ended between the page's request and the SPA's): the sign-in form or the error
  // takes the place of the painted list (lib/first-paint.ts); a page does when there is one.
  const signedOut = !session.isPending && !session.data
  useLayoutEffect(() => {
    if (signedOut) dismissFirstPaint()
  }, [signedOut])

  if (session.isPending) return <FullPageLoader />
  if (!session.data && isApiError(session.error, 401)) {
    return (
      <Suspense fallback={<FullPageLoader />}>
        <SignInPage ended={ended} />
      </Suspense>
    )
  }
  if (!session.data) {
    return (
      <Center mih="100vh" p="md">
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    )
  }
  const expired = ended === 'expired' || isApiError(session.error, 401)
  const account = activeAccountOf(session.data)
  const production = account?.environment === 'production'
  const headerHeight = production ? 96 : 60
  return (
    <div className={classes.frame} style={{ '--frame-header-height': `${headerHeight}px` } as CSSProperties}>
      <header className={classes.header}>
        {production && (
          <Alert
            color="red"
            variant="filled"
            radius={0}
            py={6}
            icon={<IconAlertOctagon size={18} aria-hidden />}
          >
            {t('shell.productionBanner', { account: account.label })}
          </Alert>
        )}
        <div style={{ height: 60 }}>
          <AppHeader session={session.data} navOpened={navOpened} onToggleNav={nav.toggle} />
        </div>
      </header>
      <Suspense>
        <LiveUpdates />
      </Suspense>
      <div className={classes.nav} id="app-navigation" data-opened={navOpened || undefined}>
        <AppNav onNavigate={nav.close} />
      </div>
      <main className={classes.main}>
        <EmergencyBanner session={session.data} />
        <AttentionBanner />
        <RouteErrorBoundary>
          <Suspense fallback={<FullPageLoader />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      {expired && (
        <Suspense>
          <SignInDialog ended="expired" username={session.data.user.username} />
        </Suspense>
      )}
    </div>
  )
}

function FullPageLoader() {
  const { t } = useTranslation()
  return (
    <Center mih="50vh">
      <Loader role="status" aria-label={t('shell.loading')} />
    </Center>
  )
}
