import { Alert, AppShell, Center, Loader } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { IconAlertOctagon } from '@tabler/icons-react'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { QueryError } from '../components/query-error'
import { activeAccountOf, sessionQueries } from '../features/session/session-api'
import { isApiError } from '../lib/api-error'
import { AppHeader } from './app-header'
import { AppNav } from './app-nav'

// Only a signed-out visit needs the sign-in form (and the form library behind it).
const SignInForm = lazy(async () => ({
  default: (await import('../features/session/sign-in-form')).SignInForm,
}))

/** The shell: signs the admin in when the proxy says 401, then frames every page. */
export function AppLayout() {
  const { t } = useTranslation()
  const [navOpened, nav] = useDisclosure(false)
  const session = useQuery(sessionQueries.current())

  if (session.isPending) return <FullPageLoader />
  if (isApiError(session.error, 401)) {
    return (
      <Suspense fallback={<FullPageLoader />}>
        <SignInForm />
      </Suspense>
    )
  }
  if (session.isError) {
    return (
      <Center mih="100vh" p="md">
        <QueryError error={session.error} onRetry={() => void session.refetch()} />
      </Center>
    )
  }
  const account = activeAccountOf(session.data)
  const production = account?.environment === 'production'
  return (
    <AppShell
      header={{ height: production ? 96 : 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
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
      </AppShell.Header>
      <AppShell.Navbar>
        <AppNav onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<FullPageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  )
}

export function FullPageLoader() {
  const { t } = useTranslation()
  return (
    <Center mih="50vh">
      <Loader aria-label={t('shell.loading')} />
    </Center>
  )
}
