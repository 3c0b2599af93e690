import { ConnectionScreen } from '../../features/connection/connection-screen'
import { useActiveSession } from '../use-active-session'

/** `/connection`: the connection check of the active account (admins; the proxy enforces it). */
export function ConnectionPage() {
  const { session } = useActiveSession()
  return <ConnectionScreen accountId={session.activeAccountId} />
}
