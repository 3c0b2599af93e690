import { createBrowserRouter, Navigate } from 'react-router'
import { AppLayout, FullPageLoader } from './app-layout'
import { NotFoundPage, RouteError } from './route-error'

// Pages load lazily: the sign-in screen should not wait for every screen's code.
export const router = createBrowserRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    HydrateFallback: FullPageLoader,
    children: [
      { index: true, element: <Navigate to="/endpoints" replace /> },
      {
        errorElement: <RouteError />,
        children: [
          {
            path: 'endpoints',
            lazy: async () => ({ Component: (await import('./pages/endpoints-page')).EndpointsPage }),
          },
          {
            path: 'endpoints/new',
            lazy: async () => ({ Component: (await import('./pages/new-endpoint-page')).NewEndpointPage }),
          },
          {
            path: 'endpoints/:endpointId',
            lazy: async () => ({ Component: (await import('./pages/endpoint-page')).EndpointPage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
])
