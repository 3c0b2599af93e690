import { UsersScreen } from '../../features/users/users-screen'
import { useActiveSession } from '../use-active-session'

/** `/users`: the console's users (admins only; the proxy enforces it, and viewers see why they cannot). */
export function UsersPage() {
  const { session } = useActiveSession()
  return <UsersScreen me={session.user} accounts={session.accounts} />
}
