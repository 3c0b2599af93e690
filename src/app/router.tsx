import { lazy } from 'react'
import { Navigate, Route, Routes } from 'react-router'
import { AppLayout } from './app-layout'
import { EndpointsPage } from './pages/endpoints-page'
import { NotFoundPage, RouteErrorBoundary } from './route-error'

// Pages load lazily, so the sign-in screen does not wait for every screen's code; except the endpoint list:
// it is where `/` lands, and coming with the entry saves the request that would fetch it afterwards.
// Declarative routes rather than a data router: the console loads its data with React Query, and the data
// router's code would be 16 KiB gz more on the first load.
const NewEndpointPage = lazy(async () => ({
  default: (await import('./pages/new-endpoint-page')).NewEndpointPage,
}))
const EndpointPage = lazy(async () => ({ default: (await import('./pages/endpoint-page')).EndpointPage }))
const RotationPage = lazy(async () => ({ default: (await import('./pages/rotation-page')).RotationPage }))
const DeliveriesPage = lazy(async () => ({
  default: (await import('./pages/deliveries-page')).DeliveriesPage,
}))
const DeliveryLogPage = lazy(async () => ({
  default: (await import('./pages/delivery-log-page')).DeliveryLogPage,
}))
const RecoveryPage = lazy(async () => ({ default: (await import('./pages/recovery-page')).RecoveryPage }))
const DeliveryPage = lazy(async () => ({ default: (await import('./pages/delivery-page')).DeliveryPage }))
const VerifyReceiverPage = lazy(async () => ({
  default: (await import('./pages/verify-receiver-page')).VerifyReceiverPage,
}))
const HealthPage = lazy(async () => ({ default: (await import('./pages/health-page')).HealthPage }))
const AuditPage = lazy(async () => ({ default: (await import('./pages/audit-page')).AuditPage }))
const ConnectionPage = lazy(async () => ({
  default: (await import('./pages/connection-page')).ConnectionPage,
}))
const UsersPage = lazy(async () => ({ default: (await import('./pages/users-page')).UsersPage }))
const AlertsPage = lazy(async () => ({ default: (await import('./pages/alerts-page')).AlertsPage }))
const AlertRulesPage = lazy(async () => ({
  default: (await import('./pages/alert-rules-page')).AlertRulesPage,
}))
const TopicsPage = lazy(async () => ({ default: (await import('./pages/topics-page')).TopicsPage }))
const TopicPage = lazy(async () => ({ default: (await import('./pages/topics-page')).TopicPage }))
const LocalOutboxPage = lazy(async () => ({
  default: (await import('./pages/local-outbox-page')).LocalOutboxPage,
}))

export function AppRoutes() {
  return (
    <Routes>
      <Route
        element={
          <RouteErrorBoundary>
            <AppLayout />
          </RouteErrorBoundary>
        }
      >
        <Route index element={<Navigate to="/endpoints" replace />} />
        <Route path="endpoints" element={<EndpointsPage />} />
        <Route path="endpoints/new" element={<NewEndpointPage />} />
        {/* An address is the last segment of the resource's Lucca `url`, not its id (contract §12 R3). */}
        <Route path="endpoints/:endpointAddress" element={<EndpointPage />} />
        <Route path="endpoints/:endpointAddress/deliveries" element={<DeliveriesPage />} />
        <Route path="endpoints/:endpointAddress/recover" element={<RecoveryPage />} />
        <Route path="endpoints/:endpointAddress/rotate" element={<RotationPage />} />
        <Route path="deliveries" element={<DeliveryLogPage />} />
        <Route path="deliveries/:deliveryAddress" element={<DeliveryPage />} />
        <Route path="health" element={<HealthPage />} />
        <Route path="verify" element={<VerifyReceiverPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="connection" element={<ConnectionPage />} />
        <Route path="alerts" element={<AlertsPage />} />
        <Route path="alerts/rules" element={<AlertRulesPage />} />
        <Route path="alerts/local-outbox" element={<LocalOutboxPage />} />
        <Route path="topics" element={<TopicsPage />} />
        <Route path="topics/:topic" element={<TopicPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
