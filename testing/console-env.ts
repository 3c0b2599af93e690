import { randomBytes } from 'node:crypto'
import { emulatorClient } from './emulator-control.ts'
import type { Lucca } from './lucca.ts'

/** The first admin of every stack (ADMIN_PASSWORD). */
export const admin = { username: 'admin', password: 'test-admin-password-123' }

export interface ConsoleEnvInput {
  dataDir: string
  staticDir: string
  /** What the other servers of the stack contribute: a Lucca account, or the embedded emulator's ports. */
  parts: Record<string, string>
  port: number
  logLevel: string
  unthrottled: boolean
  env: Record<string, string>
}

/** The console's environment, as an operator would write it; the caller's `env` has the last word. */
export function consoleEnv(input: ConsoleEnvInput): Record<string, string> {
  return {
    HOST: '127.0.0.1',
    PORT: String(input.port),
    DATA_DIR: input.dataDir,
    STATIC_DIR: input.staticDir,
    ADMIN_PASSWORD: admin.password,
    LOG_LEVEL: input.logLevel,
    // Read only when no account is configured, i.e. by the embedded emulator.
    EMULATOR_STORE: 'memory',
    // The history collector reads Lucca in the background: off unless a test is about it (COLLECTOR: 'on'),
    // so the tests that count the console's calls count the SPA's alone. The e2e and the collector's suites
    // run it, as `npm start` does.
    COLLECTOR: 'off',
    ...(input.unthrottled ? { EMULATOR_RATE_LIMIT: 'off' } : {}),
    ...input.parts,
    ...input.env,
  }
}

/** `lucca` as the console's one account, with the SESSION_SECRET a configured account requires. */
export function luccaEnv(lucca: Lucca): Record<string, string> {
  return { ...accountEnv(lucca), SESSION_SECRET: randomBytes(32).toString('base64url') }
}

/**
 * One Lucca account on `lucca` (`LUCCA_*`, or `LUCCA_<ID>_*` for one of several). "emulator" lets the
 * console use the local receiver; a test of a real account's rules sets another environment.
 */
export function accountEnv(lucca: Lucca, id?: string): Record<string, string> {
  const prefix = id ? `LUCCA_${id.toUpperCase()}_` : 'LUCCA_'
  return {
    [`${prefix}API_URL`]: lucca.apiUrl,
    [`${prefix}TOKEN_URL`]: lucca.tokenUrl,
    [`${prefix}CLIENT_ID`]: emulatorClient.id,
    [`${prefix}CLIENT_SECRET`]: emulatorClient.secret,
    [`${prefix}ENVIRONMENT`]: 'emulator',
  }
}
