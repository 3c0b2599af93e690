// The Users page's part of the console's own API (contract/console-api.ts has the core): apart, so that
// only the pages that use it load it.
import { z } from 'zod/mini'
import { RoleSchema } from './console-api.ts'

export const UsernameSchema = z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/))
/**
 * Any user's name, as the Users page's routes take it: a local one, or a company user's (their e-mail
 * address, else the provider's `sub`), which the local names' rule would refuse.
 */
export const AnyUsernameSchema = z.string().check(z.minLength(1), z.maxLength(320))

/** A signed-in browser of a user, as an admin may see it; `id` is a handle, never the cookie. */
const UserSessionSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  /** The session this very request came with. */
  current: z.boolean(),
})
const UserSchema = z.object({
  username: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
  /** How they sign in: the company's identity provider (they have no password), or a console password. */
  source: z.enum(['company', 'password']),
  /** A company user's: the provider's group that gave the role at their last sign-in or recheck. */
  roleOrigin: z.nullable(z.string()),
  sessions: z.array(UserSessionSchema),
})
/** `GET /api/users` (admins). */
export const UsersSchema = z.object({ items: z.array(UserSchema) })
/** `POST /api/users`. */
export const NewUserSchema = z.object({ username: UsernameSchema, role: RoleSchema })
/** `PUT /api/users/:username/role`. */
export const RoleChangeSchema = z.object({ role: RoleSchema })
/** The answer to a new user or a password reset: the password, shown once and never stored in clear. */
export const NewPasswordSchema = z.object({ username: z.string(), password: z.string() })

export type User = z.infer<typeof UserSchema>
export type UserSession = z.infer<typeof UserSessionSchema>
