import type { Role } from '../contract/console-api.ts'
import { openDatabase } from '../server/db/database.ts'
import { UserStore } from '../server/proxy/auth/users-store.ts'

export interface SeedUser {
  username: string
  role: Role
  password: string
}

/**
 * Users with known passwords, in the database a console is about to start on (the embedded one in
 * `dataDir`, or `databaseUrl`), as an operator's `npm run users -- add` would leave them. A cheap scrypt
 * cost keeps it quick; the console verifies any cost.
 */
export async function seedUsers(dataDir: string, users: SeedUser[], databaseUrl?: string): Promise<void> {
  const database = await openDatabase({ url: databaseUrl, dataDir, poolSize: 1 })
  try {
    const store = new UserStore(database.db, 2 ** 12)
    for (const user of users) await store.add(user.username, user.role, user.password)
  } finally {
    await database.close()
  }
}
