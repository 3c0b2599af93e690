import './mantine.css'
import './global.css'
import './i18n'
import { MantineProvider } from '@mantine/core'
import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { BrowserRouter } from 'react-router'
import { sessionQueries } from '../features/session/session-api'
import { exposeCacheDump } from './cache-dump'
import { createQueryClient } from './query-client'
import { prefetchEndpointsPage } from './pages/endpoints-page'
import { AppRoutes } from './router'
import { cssVariablesResolver, theme } from './theme'

// Toasts only follow an action or a failed refresh, so their container loads after the first screen;
// `notifications.show` queues in the store until it mounts.
const Toasts = lazy(async () => ({ default: (await import('./toasts')).Toasts }))

export function App() {
  const [queryClient] = useState(() => {
    const client = exposeCacheDump(createQueryClient())
    // Every page starts with the session check: it starts now, not once the shell has rendered.
    void client.prefetchQuery(sessionQueries.current())
    prefetchEndpointsPage(client, window.location)
    return client
  })
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Suspense>
        <Toasts />
      </Suspense>
      <QueryClientProvider client={queryClient}>
        {/* A French visit renders once its strings have loaded (app/i18n.ts). */}
        <Suspense>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </Suspense>
      </QueryClientProvider>
    </MantineProvider>
  )
}
