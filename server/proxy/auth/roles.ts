export type Role = 'viewer' | 'admin'

export function hasRole(actual: Role, needed: Role): boolean {
  return needed === 'viewer' || actual === 'admin'
}
