import { MantineProvider } from '@mantine/core'
import { QueryClientProvider } from '@tanstack/react-query'
import { render as rtlRender } from '@testing-library/react'
import { Suspense, type ReactElement } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createQueryClient } from '../app/query-client'
import { theme } from '../app/theme'

/**
 * Renders `ui` inside Mantine, the console's own QueryClient (its stale times and error handling, which
 * decide what is read when) and a memory router at `path`. Retries are off, so a failure shows at once.
 */
export function render(ui: ReactElement, { path = '/' }: { path?: string } = {}) {
  const queryClient = createQueryClient()
  const defaults = queryClient.getDefaultOptions()
  queryClient.setDefaultOptions({
    queries: { ...defaults.queries, retry: false },
    mutations: { ...defaults.mutations, retry: false },
  })
  // A screen's strings load on demand (app/i18n.ts): it suspends until they are there, as in the app.
  const element = <Suspense>{ui}</Suspense>
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] })
  const result = rtlRender(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  )
  return { ...result, queryClient, router }
}
