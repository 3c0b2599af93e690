import { parseArgs } from 'node:util'
import { z } from 'zod'
import { generatePassword } from './auth/passwords.ts'
import type { Role } from '../../contract/console-api.ts'
import { FileSessionStore } from './auth/session-store.ts'
import { UsernameSchema, UserStore } from './auth/users-store.ts'
import { readEnv } from './config.ts'

const USAGE = `Usage:
  npm run users -- add <name> [--role viewer|admin]   create a user; prints a generated password once
  npm run users -- reset-password <name>              set a new generated password; prints it once
  npm run users -- set-role <name> viewer|admin       change the user's role
  npm run users -- end-sessions <name>                sign the user out everywhere
  npm run users -- remove <name>                      delete the user
  npm run users -- list                               names and roles
reset-password, set-role, end-sessions and remove end every session of the user at once, also on a
console that is running. Users live in DATA_DIR/users.json (DATA_DIR from the environment or .env,
default .data).`

const RoleSchema = z.enum(['viewer', 'admin'])

interface Target {
  users: UserStore
  sessions: FileSessionStore
  username: string
  role: Role
}

// The user's new session epoch is what ends their sessions at once, even in a running console's cache;
// deleting their session files afterwards is the clean-up.
const COMMANDS: Record<string, (target: Target) => Promise<string[]>> = {
  add: async ({ users, username, role }) => {
    const password = generatePassword()
    await users.add(username, role, password)
    return [`Created ${role} "${username}".`, `Password (shown once): ${password}`]
  },
  'reset-password': async ({ users, sessions, username }) => {
    const password = generatePassword()
    await users.setPassword(username, password)
    await sessions.endAllOf(username)
    return [
      `New password set for "${username}"; every session of theirs has ended.`,
      `Password (shown once): ${password}`,
    ]
  },
  'set-role': async ({ users, sessions, username, role }) => {
    await users.setRole(username, role)
    await sessions.endAllOf(username)
    return [`"${username}" is now ${role}; every session of theirs has ended.`]
  },
  'end-sessions': async ({ users, sessions, username }) => {
    await users.endSessions(username)
    await sessions.endAllOf(username)
    return [`Every session of "${username}" has ended.`]
  },
  remove: async ({ users, sessions, username }) => {
    await users.remove(username)
    await sessions.endAllOf(username)
    return [`Removed "${username}"; every session of theirs has ended.`]
  },
}

/** Returns the process exit code; output goes through `print` so tests can read it. */
export async function runUsersCli(
  argv: string[],
  print: (line: string) => void,
  dataDir: string,
): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string', default: 'viewer' } },
  })
  const [command = '', name, roleArgument] = positionals
  const users = new UserStore(dataDir)
  if (command === 'list') {
    for (const user of await users.list()) print(`${user.username}\t${user.role}`)
    return 0
  }
  const run = COMMANDS[command]
  const username = UsernameSchema.safeParse(name)
  if (!run || !username.success) {
    print(USAGE)
    return 2
  }
  const role = RoleSchema.safeParse(command === 'set-role' ? roleArgument : values.role)
  if (!role.success) {
    print('The role must be viewer or admin')
    return 2
  }
  try {
    const sessions = new FileSessionStore(dataDir)
    for (const line of await run({ users, sessions, username: username.data, role: role.data })) print(line)
    return 0
  } catch (error) {
    print(error instanceof Error ? error.message : String(error))
    return 1
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataDir = readEnv().DATA_DIR ?? '.data'
  process.exitCode = await runUsersCli(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    dataDir,
  )
}
