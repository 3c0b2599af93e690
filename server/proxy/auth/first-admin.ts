import { verifyPassword, generatePassword } from './passwords.ts'
import type { UserStore } from './users-store.ts'

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
    if (!existing) await users.add('admin', 'admin', adminPassword)
    else if (!(await verifyPassword(adminPassword, existing.passwordHash)))
      await users.setPassword('admin', adminPassword)
    return
  }
  if ((await users.list()).length > 0) return
  const password = generatePassword()
  await users.add('admin', 'admin', password)
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
