import { useSuspenseQuery } from '@tanstack/react-query'
import { activeAccountOf, sessionQueries } from '../features/session/session-api'

/** The signed-in session; the shell only renders pages once it is loaded, so this never suspends there. */
export function useActiveSession() {
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const account = activeAccountOf(session)
  return {
    session,
    account,
    canEdit: session.user.role === 'admin',
    isProduction: account?.environment === 'production',
    allowsPrivateReceivers: account?.allowsPrivateReceivers ?? false,
    testReceiverUrl: account?.testReceiverUrl ?? null,
  }
}
