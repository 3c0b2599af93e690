import { parseArgs } from 'node:util'
import { generatePassword } from './auth/passwords.ts'
import { UsernameSchema, UserStore } from './auth/users-store.ts'
import { readEnv } from './config.ts'

const USAGE = `Usage:
  npm run users -- add <name> [--role viewer|admin]   create a user; prints a generated password once
  npm run users -- reset-password <name>              set a new generated password; prints it once
  npm run users -- list                               names and roles
Users live in DATA_DIR/users.json (DATA_DIR from the environment or .env, default .data).`

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
  const [command, name] = positionals
  const users = new UserStore(dataDir)
  if (command === 'list') {
    for (const user of await users.list()) print(`${user.username}\t${user.role}`)
    return 0
  }
  const username = UsernameSchema.safeParse(name)
  if ((command !== 'add' && command !== 'reset-password') || !username.success) {
    print(USAGE)
    return 2
  }
  const password = generatePassword()
  try {
    if (command === 'add') {
      if (values.role !== 'viewer' && values.role !== 'admin') {
        print('--role must be viewer or admin')
        return 2
      }
      await users.add(username.data, values.role, password)
      print(`Created ${values.role} "${username.data}".`)
    } else {
      await users.setPassword(username.data, password)
      print(`New password set for "${username.data}"; existing sessions stay valid until they time out.`)
    }
  } catch (error) {
    print(error instanceof Error ? error.message : String(error))
    return 1
  }
  print(`Password (shown once): ${password}`)
  return 0
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataDir = readEnv().DATA_DIR ?? '.data'
  process.exitCode = await runUsersCli(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    dataDir,
  )
}
