import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import './global.css'
import './i18n'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { exposeCacheDump } from './cache-dump'
import { createQueryClient } from './query-client'
import { router } from './router'
import { cssVariablesResolver, theme } from './theme'

export function App() {
  const [queryClient] = useState(() => exposeCacheDump(createQueryClient()))
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  )
}
