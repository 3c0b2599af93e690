import { parseArgs } from 'node:util'
import { z } from 'zod'
import { generatePassword } from './auth/passwords.ts'
import type { Role } from '../../contract/console-api.ts'
import { UsernameSchema } from '../../contract/console-users-api.ts'
import { openDatabase, type OpenDatabase } from '../db/database.ts'
import { UserStore } from './auth/users-store.ts'
import { readEnv } from './config.ts'
import { importLegacyFiles } from './legacy-import.ts'

const USAGE = `Usage:
  npm run users -- add <name> [--role viewer|admin]   create a user; prints a generated password once
  npm run users -- reset-password <name>              set a new generated password; prints it once
  npm run users -- set-role <name> viewer|admin       change the user's role
  npm run users -- end-sessions <name>                sign the user out everywhere
  npm run users -- remove <name>                      delete the user
  npm run users -- list                               names and roles
reset-password, set-role, end-sessions and remove end every session of the user at once, also on a
console that is running. Users live in the console's database: DATABASE_URL, else the embedded one in
DATA_DIR (from the environment or .env, default .data), which only one process may open at a time;
while a console runs on it, use its Users page.`

const RoleSchema = z.enum(['viewer', 'admin'])

interface Target {
  users: UserStore
  username: string
  role: Role
}

// Each change but `add` gives the user a new session epoch and deletes their sessions in one transaction.
const COMMANDS: Record<string, (target: Target) => Promise<string[]>> = {
  add: async ({ users, username, role }) => {
    const password = generatePassword()
    await users.add(username, role, password)
    return [`Created ${role} "${username}".`, `Password (shown once): ${password}`]
  },
  'reset-password': async ({ users, username }) => {
    const password = generatePassword()
    await users.setPassword(username, password)
    return [
      `New password set for "${username}"; every session of theirs has ended.`,
      `Password (shown once): ${password}`,
    ]
  },
  'set-role': async ({ users, username, role }) => {
    await users.setRole(username, role)
    return [`"${username}" is now ${role}; every session of theirs has ended.`]
  },
  'end-sessions': async ({ users, username }) => {
    await users.endSessions(username)
    return [`Every session of "${username}" has ended.`]
  },
  remove: async ({ users, username }) => {
    await users.remove(username)
    return [`Removed "${username}"; every session of theirs has ended.`]
  },
}

export interface CliDatabase {
  dataDir: string
  databaseUrl?: string | undefined
}

/** Returns the process exit code; output goes through `print` so tests can read it. */
export async function runUsersCli(
  argv: string[],
  print: (line: string) => void,
  where: CliDatabase,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string', default: 'viewer' } },
  })
  const [command = '', name, roleArgument] = positionals
  const run = COMMANDS[command]
  const username = UsernameSchema.safeParse(name)
  if (command !== 'list' && (!run || !username.success)) {
    print(USAGE)
    return 2
  }
  const role = RoleSchema.safeParse(command === 'set-role' ? roleArgument : values.role)
  if (!role.success) {
    print('The role must be viewer or admin')
    return 2
  }
  let database: OpenDatabase
  try {
    database = await openDatabase({ url: where.databaseUrl, dataDir: where.dataDir, poolSize: 1 })
  } catch (error) {
    print(error instanceof Error ? error.message : String(error))
    if (!where.databaseUrl)
      print('While a console runs on this DATA_DIR, use its Users page, or stop it first.')
    return 1
  }
  try {
    // A DATA_DIR of an earlier version: its users.json is what the admin means to change.
    await importLegacyFiles(database.db, where.dataDir, (accountId) => accountId)
    const users = new UserStore(database.db)
    if (command === 'list') {
      for (const user of await users.list()) print(`${user.username}\t${user.role}`)
      return 0
    }
    if (!run || !username.success) return 2
    for (const line of await run({ users, username: username.data, role: role.data })) print(line)
    return 0
  } catch (error) {
    print(error instanceof Error ? error.message : String(error))
    return 1
  } finally {
    await database.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = readEnv()
  process.exitCode = await runUsersCli(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`), {
    dataDir: env.DATA_DIR ?? '.data',
    databaseUrl: env.DATABASE_URL,
  })
}
