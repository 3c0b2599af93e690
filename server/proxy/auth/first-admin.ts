import { verifyPassword, generatePassword } from './passwords.ts'
import { UserChangeRefused, type UserStore } from './users-store.ts'

/**
 * First start: create `admin`. With ADMIN_PASSWORD (scripted use) the admin's password follows the
 * variable; without it a generated password is printed once, on stdout and not in the structured log.
 */
export async function ensureFirstAdmin(
  users: UserStore,
  adminPassword: string | undefined,
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<void> {
  const existing = await users.find('admin')
  if (adminPassword !== undefined) {
    if (!existing) await addUnlessRaced(() => users.add('admin', 'admin', adminPassword))
    else if (!(await verifyPassword(adminPassword, existing.passwordHash)))
      await users.setPassword('admin', adminPassword)
    return
  }
  if ((await users.list()).length > 0) return
  const password = generatePassword()
  if (!(await addUnlessRaced(() => users.add('admin', 'admin', password)))) return
  print(
    [
      '',
      '  First start: created the console user "admin".',
      `  Password (shown once): ${password}`,
      '  Change it with: npm run users -- reset-password admin',
      '',
    ].join('\n'),
  )
}

/** Two replicas starting at once on an empty database both try: the one that loses has nothing to do. */
async function addUnlessRaced(add: () => Promise<void>): Promise<boolean> {
  try {
    await add()
    return true
  } catch (error) {
    if (error instanceof UserChangeRefused && error.reason === 'exists') return false
    throw error
  }
}
