import { z } from 'zod'
import { EnvironmentSchema, type Environment } from '../../contract/console-api.ts'

export interface AccountConfig {
  id: string
  label: string
  environment: Environment
  /** Origin only, e.g. https://acme.ilucca.net; `/lucca-api/...` is appended per route. */
  apiUrl: string
  tokenUrl: string
  clientId: string
  clientSecret: string
  scope: string | undefined
  /** The embedded default's local HTTPS receiver, offered on the create form; never set for real Lucca. */
  testReceiverUrl?: string
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])
// Values people paste from examples; refusing them stops a demo credential reaching production.
const WEAK_SECRETS = new Set(['changeme', 'change-me', 'secret', 'password', 'console-dev-secret'])

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname)
}

const AccountIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'lower-case letters, digits and dashes')

/**
 * One account from the four plain `LUCCA_*` variables, or several from `LUCCA_ACCOUNTS=a,b` and
 * `LUCCA_A_API_URL`, `LUCCA_A_TOKEN_URL`, `LUCCA_A_CLIENT_ID`, `LUCCA_A_CLIENT_SECRET`, ...
 */
export function parseAccounts(env: Record<string, string>, problems: string[]): AccountConfig[] {
  const list = env.LUCCA_ACCOUNTS?.trim()
  if (list) {
    const ids = list.split(',').map((id) => id.trim())
    const accounts: AccountConfig[] = []
    for (const id of ids) {
      const checked = AccountIdSchema.safeParse(id)
      if (!checked.success) {
        problems.push(
          `LUCCA_ACCOUNTS: "${id}" is not a valid account id (${checked.error.issues[0]?.message})`,
        )
        continue
      }
      const prefix = `LUCCA_${id.toUpperCase().replaceAll('-', '_')}_`
      const account = parseOne(id, prefix, env, problems)
      if (account) accounts.push(account)
    }
    if (new Set(ids).size !== ids.length) problems.push('LUCCA_ACCOUNTS: an account id is listed twice')
    return accounts
  }
  const plain = ['API_URL', 'TOKEN_URL', 'CLIENT_ID', 'CLIENT_SECRET'].some((key) => env[`LUCCA_${key}`])
  if (!plain) return []
  const account = parseOne('default', 'LUCCA_', env, problems)
  return account ? [account] : []
}

function parseOne(id: string, prefix: string, env: Record<string, string>, problems: string[]) {
  const read = (key: string) => env[`${prefix}${key}`]?.trim() || undefined
  const missing = (key: string) => problems.push(`${prefix}${key}: required`)
  const apiUrl = checkUrl(`${prefix}API_URL`, read('API_URL'), problems, true)
  const tokenUrl = checkUrl(`${prefix}TOKEN_URL`, read('TOKEN_URL'), problems, false)
  const clientId = read('CLIENT_ID')
  const clientSecret = read('CLIENT_SECRET')
  if (!clientId) missing('CLIENT_ID')
  if (!clientSecret) missing('CLIENT_SECRET')
  else if (apiUrl && !isLoopback(new URL(apiUrl)) && isWeak(clientSecret)) {
    problems.push(`${prefix}CLIENT_SECRET: looks like a placeholder or is shorter than 16 characters`)
  }
  const environment = EnvironmentSchema.safeParse(read('ENVIRONMENT') ?? 'production')
  if (!environment.success) problems.push(`${prefix}ENVIRONMENT: one of sandbox, test, production, emulator`)
  // An emulator account lets receivers on loopback and private networks through (runtime.ts): never for a real Lucca.
  else if (environment.data === 'emulator' && apiUrl && !isLoopback(new URL(apiUrl)))
    problems.push(`${prefix}ENVIRONMENT: emulator is only for an emulator on 127.0.0.1 or localhost`)
  if (!apiUrl || !tokenUrl || !clientId || !clientSecret || !environment.success) return null
  return {
    id,
    // Without a label, the host says which Lucca this is ("acme.ilucca.net"), where "default" said nothing.
    label: read('LABEL') ?? (prefix === 'LUCCA_' ? new URL(apiUrl).host : id),
    environment: environment.data,
    apiUrl,
    tokenUrl,
    clientId,
    clientSecret,
    scope: read('SCOPE'),
  } satisfies AccountConfig
}

function isWeak(secret: string): boolean {
  return secret.length < 16 || WEAK_SECRETS.has(secret.toLowerCase())
}

function checkUrl(name: string, value: string | undefined, problems: string[], originOnly: boolean) {
  if (!value) {
    problems.push(`${name}: required`)
    return undefined
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    problems.push(`${name}: not a URL`)
    return undefined
  }
  // Plain HTTP only towards loopback (the emulator); anything else would send the secret in clear.
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    problems.push(`${name}: must use https:// (http:// is allowed for 127.0.0.1/localhost only)`)
    return undefined
  }
  if (originOnly && (url.pathname !== '/' || url.search)) {
    problems.push(`${name}: give the origin only, e.g. https://acme.ilucca.net`)
    return undefined
  }
  return originOnly ? url.origin : url.href
}
