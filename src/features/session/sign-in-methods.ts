import { queryOptions } from '@tanstack/react-query'
import { SignInMethodsSchema } from '../../../contract/console-api'
import { consoleCall } from '../../lib/console-client'

/** Where company sign-in starts: the proxy redirects to the identity provider (a full-page navigation). */
export const companySignInUrl = '/api/session/oidc/start'

/** The ways to sign in the proxy offers (company sign-in, passwords), read once per visit to the sign-in page. */
export const signInMethodsQuery = queryOptions({
  queryKey: ['session', 'methods'],
  queryFn: () => consoleCall('GET', '/api/session/methods', SignInMethodsSchema),
  staleTime: Infinity,
})
