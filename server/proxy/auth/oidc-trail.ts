import type { AccountRegistry } from '../accounts.ts'
import type { AuditLog, AuditWrite } from '../audit/audit-log.ts'

/**
 * An audit row about a company user (the target, and the actor unless `by` names another); it names the
 * default account, as no session picks one.
 */
export type CompanyTrail = (
  username: string,
  action: AuditWrite['action'],
  status: number,
  by?: string,
) => Promise<unknown>

export function companyTrail(accounts: AccountRegistry, audit: AuditLog): CompanyTrail {
  return (username, action, status, by = username) => {
    const account = accounts.get(accounts.defaultId)?.account ?? accounts.publicList()[0]
    return audit.record({
      username: by,
      accountId: account?.id ?? accounts.defaultId,
      accountLabel: account?.label ?? accounts.defaultId,
      action,
      target: `users/${username}`,
      targetLabel: null,
      status,
    })
  }
}
