import type { Role } from '../../../contract/console-api.ts'

export function hasRole(actual: Role, needed: Role): boolean {
  return needed === 'viewer' || actual === 'admin'
}
