import { createBrowserRouter, Navigate } from 'react-router'
import { AppLayout, FullPageLoader } from './app-layout'
import { EndpointsPage } from './pages/endpoints-page'
import { NotFoundPage, RouteError } from './route-error'

// Pages load lazily, so the sign-in screen does not wait for every screen's code; except the endpoint list:
// it is where `/` lands, and coming with the entry saves the request that would fetch it afterwards.
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
          { path: 'endpoints', Component: EndpointsPage },
          {
            path: 'endpoints/new',
            lazy: async () => ({ Component: (await import('./pages/new-endpoint-page')).NewEndpointPage }),
          },
          {
            path: 'endpoints/:endpointId',
            lazy: async () => ({ Component: (await import('./pages/endpoint-page')).EndpointPage }),
          },
          {
            path: 'endpoints/:endpointId/deliveries',
            lazy: async () => ({ Component: (await import('./pages/deliveries-page')).DeliveriesPage }),
          },
          {
            path: 'endpoints/:endpointId/recover',
            lazy: async () => ({ Component: (await import('./pages/recovery-page')).RecoveryPage }),
          },
          {
            path: 'deliveries/:deliveryId',
            lazy: async () => ({ Component: (await import('./pages/delivery-page')).DeliveryPage }),
          },
          {
            path: 'verify',
            lazy: async () => ({
              Component: (await import('./pages/verify-receiver-page')).VerifyReceiverPage,
            }),
          },
          {
            path: 'audit',
            lazy: async () => ({ Component: (await import('./pages/audit-page')).AuditPage }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
])
