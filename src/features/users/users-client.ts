import { z } from 'zod/mini'
import type { Role } from '../../../contract/console-api'

export type { User, UserSession } from '../../../contract/console-users-api'
import { NewPasswordSchema, UsersSchema } from '../../../contract/console-users-api'
import { consoleCall as call } from '../../lib/console-client'

const userPath = (username: string) => `/api/users/${encodeURIComponent(username)}`

/** The console's users (`/api/users`, admins only): with the Users page, so the first screen does not carry it. */
export const usersApi = {
  list: () => call('GET', '/api/users', UsersSchema),
  /** Answers the new user's password, the only time it is ever shown. */
  add: (user: { username: string; role: Role }) => call('POST', '/api/users', NewPasswordSchema, user),
  setRole: (username: string, role: Role) => call('PUT', `${userPath(username)}/role`, z.null(), { role }),
  resetPassword: (username: string) => call('POST', `${userPath(username)}/password`, NewPasswordSchema),
  remove: (username: string) => call('DELETE', userPath(username), z.null()),
  endSessions: (username: string) => call('DELETE', `${userPath(username)}/sessions`, z.null()),
  endSession: (username: string, sessionId: string) =>
    call('DELETE', `${userPath(username)}/sessions/${encodeURIComponent(sessionId)}`, z.null()),
}
