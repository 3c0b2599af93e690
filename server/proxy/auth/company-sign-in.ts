import type { FastifyBaseLogger } from 'fastify'
import type { Database } from '../../db/database.ts'
import { oidcProvider, type OidcProvider, type OidcSettings } from './oidc-client.ts'
import { oidcRecheck } from './oidc-recheck.ts'
import { OidcSessionStore } from './oidc-session-store.ts'
import type { CompanyTrail } from './oidc-trail.ts'
import type { SessionCheck } from './session.ts'
import type { UserStore } from './users-store.ts'

/** Company sign-in (issue 17), the parts the session service and the routes share. */
export interface CompanySignIn {
  settings: OidcSettings
  provider: OidcProvider
  store: OidcSessionStore
  recheck: SessionCheck
}

export function companySignIn(
  settings: OidcSettings,
  db: Database,
  deps: { users: UserStore; trail: CompanyTrail; logger: FastifyBaseLogger; accountIds: readonly string[] },
): CompanySignIn {
  const provider = oidcProvider(settings)
  const store = new OidcSessionStore(db)
  return { settings, provider, store, recheck: oidcRecheck({ ...deps, oidc: settings, provider, store }) }
}
