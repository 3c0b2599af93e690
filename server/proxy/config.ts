import { existsSync, readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import { z } from 'zod'
import { parseAccounts, type AccountConfig } from './accounts-config.ts'

const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(fallback)
const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((value) => value === '1' || value === 'true')

const EnvSchema = z.object({
  NODE_ENV: z.string().default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(8080, 0, 65535),
  DATA_DIR: z.string().min(1).default('.data'),
  STATIC_DIR: z.string().min(1).default('dist'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
  EMULATOR_PORT: int(4010, 0, 65535),
  RECEIVER_PORT: int(4443, 0, 65535),
  EMULATOR_STORE: z.enum(['file', 'memory']).default('file'),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: int(30, 1, 24 * 60),
  SESSION_ABSOLUTE_HOURS: int(12, 1, 24 * 30),
  CONSOLE_DEV_ORIGIN: z.url().optional(),
  PUBLIC_ORIGIN: z.url().optional(),
  TRUST_PROXY: flag,
  TLS_CERT_FILE: z.string().optional(),
  TLS_KEY_FILE: z.string().optional(),
  LUCCA_BUDGET_PER_MINUTE: int(45, 1, 100_000),
  UPSTREAM_CONNECT_TIMEOUT_MS: int(3000, 100),
  UPSTREAM_HEADERS_TIMEOUT_MS: int(8000, 100),
  UPSTREAM_BODY_TIMEOUT_MS: int(8000, 100),
  CIRCUIT_FAILURE_THRESHOLD: int(5, 1),
  CIRCUIT_OPEN_SECONDS: int(30, 1),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_POOL_SIZE: int(10, 1, 100),
  AUDIT_RETENTION_DAYS: int(365, 1, 3650),
  COLLECTOR: z.enum(['on', 'off']).default('on'),
  COLLECTOR_BUDGET_PER_MINUTE: int(10, 1, 100_000),
  HISTORY_RETENTION_DAYS: int(400, 1, 3650),
  ALERTS: z.enum(['on', 'off']).default('on'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  ALERT_FROM: z.string().min(3).default('Lucca Webhooks Console <webhooks-console@localhost>'),
  ALERTS_CHECK_SECONDS: int(30, 1, 3600),
  ALERTS_CLAIM_SECONDS: int(120, 10, 3600),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().min(1).default('openid profile email offline_access'),
  OIDC_ROLES_CLAIM: z.string().min(1).default('groups'),
  OIDC_ADMIN_GROUPS: z.string().default(''),
  OIDC_VIEWER_GROUPS: z.string().default(''),
  OIDC_RECHECK_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  LOCAL_LOGIN: z
    .string()
    .regex(/^(on|off|break-glass:[A-Za-z0-9._-]{1,64})$/, 'must be on, off or break-glass:<username>')
    .default('on'),
})

export interface ProxyConfig {
  host: string
  port: number
  dataDir: string
  staticDir: string
  logLevel: string
  devOrigins: string[]
  /** The console's public origin, when known: pins the Host header and the same-origin check. */
  publicOrigin: string | null
  trustProxy: boolean
  tls: { certFile: string; keyFile: string } | null
  adminPassword: string | undefined
  sessionSecret: string | undefined
  session: { idleSeconds: number; absoluteSeconds: number }
  /** Empty: the embedded emulator is the single account. */
  accounts: AccountConfig[]
  embedded: {
    host: string
    emulatorPort: number
    receiverPort: number
    store: 'file' | 'memory'
    /** Every EMULATOR_* variable, handed to the emulator's own parser (lucca-api.md §9). */
    env: Record<string, string>
  }
  upstream: UpstreamSettings
  /** `url` null: the embedded engine under DATA_DIR/database. */
  database: { url: string | null; poolSize: number }
  auditRetentionDays: number
  /** The server-side reader that keeps the account's history (issue 14, server/collector/). */
  collector: { enabled: boolean; budgetPerMinute: number; retentionDays: number }
  /**
   * Alerts (issue 15, server/alerts/): rules evaluated every `checkSeconds`, sent through SMTP and hooks; a
   * message a replica claimed is another's to send after `claimSeconds` (the claimer died mid-send).
   */
  /** Company sign-in (issue 17): null when OIDC_ISSUER is unset, and the console signs in as before. */
  oidc: OidcSettings | null
  /** Local password sign-in: everyone (`on`), nobody (`off`), or one named break-glass user. */
  localLogin: LocalLogin
  alerts: {
    enabled: boolean
    smtpUrl: string | null
    from: string
    checkSeconds: number
    claimSeconds: number
  }
}

interface OidcSettings {
  issuer: string
  clientId: string
  clientSecret: string
  scopes: string
  /** `PUBLIC_ORIGIN` + `/api/session/oidc/callback`: the one redirect URI to declare at the provider. */
  redirectUri: string
  /** `PUBLIC_ORIGIN` + `/`: where the provider sends the browser back after signing out there. */
  postLogoutRedirectUri: string
  rolesClaim: string
  adminGroups: string[]
  viewerGroups: string[]
  recheckSeconds: number
  /**
   * `OIDC_ACCOUNT_GROUPS_<ACCOUNT>`: the groups whose members may use that Lucca account; an account not
   * named here is open to every signed-in company user.
   */
  accountGroups: Record<string, string[]>
}

type LocalLogin = { mode: 'on' } | { mode: 'off' } | { mode: 'break-glass'; username: string }

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')

const OIDC_CALLBACK_PATH = '/api/session/oidc/callback'

function parseOidc(e: z.infer<typeof EnvSchema>, problems: string[]): OidcSettings | null {
  if (e.OIDC_ISSUER === undefined) {
    for (const key of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
      if (e[key] !== undefined) problems.push(`${key}: set OIDC_ISSUER too, or remove it`)
    }
    if (e.LOCAL_LOGIN !== 'on')
      problems.push('LOCAL_LOGIN: only on without OIDC_ISSUER (nobody could sign in)')
    return null
  }
  if (e.OIDC_CLIENT_ID === undefined) problems.push('OIDC_CLIENT_ID: required with OIDC_ISSUER')
  if (e.OIDC_CLIENT_SECRET === undefined) problems.push('OIDC_CLIENT_SECRET: required with OIDC_ISSUER')
  if (e.PUBLIC_ORIGIN === undefined)
    problems.push('PUBLIC_ORIGIN: required with OIDC_ISSUER (the redirect URI is derived from it)')
  if (!e.OIDC_SCOPES.split(' ').includes('openid')) problems.push('OIDC_SCOPES: must include openid')
  const adminGroups = list(e.OIDC_ADMIN_GROUPS)
  const viewerGroups = list(e.OIDC_VIEWER_GROUPS)
  if (adminGroups.length + viewerGroups.length === 0)
    problems.push('OIDC_ADMIN_GROUPS, OIDC_VIEWER_GROUPS: name at least one group, or nobody gets in')
  if (e.OIDC_CLIENT_ID === undefined || e.OIDC_CLIENT_SECRET === undefined || e.PUBLIC_ORIGIN === undefined)
    return null
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    scopes: e.OIDC_SCOPES,
    redirectUri: new URL(OIDC_CALLBACK_PATH, e.PUBLIC_ORIGIN).href,
    postLogoutRedirectUri: new URL('/', e.PUBLIC_ORIGIN).href,
    rolesClaim: e.OIDC_ROLES_CLAIM,
    adminGroups,
    viewerGroups,
    recheckSeconds: Math.max(1, Math.round(e.OIDC_RECHECK_MINUTES * 60)),
    accountGroups: {},
  }
}

const ACCOUNT_GROUPS_PREFIX = 'OIDC_ACCOUNT_GROUPS_'

/** `OIDC_ACCOUNT_GROUPS_<ACCOUNT>` (the account id upper-cased, dashes as underscores), each checked. */
function parseAccountGroups(
  env: Record<string, string>,
  accounts: readonly AccountConfig[],
  oidc: boolean,
  problems: string[],
): Record<string, string[]> {
  const byName = new Map(
    accounts.map((account) => [account.id.toUpperCase().replaceAll('-', '_'), account.id]),
  )
  const found: Record<string, string[]> = {}
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith(ACCOUNT_GROUPS_PREFIX)) continue
    const id = byName.get(key.slice(ACCOUNT_GROUPS_PREFIX.length))
    const groups = list(value)
    if (!oidc) problems.push(`${key}: set OIDC_ISSUER too, or remove it`)
    else if (id === undefined)
      problems.push(`${key}: no such Lucca account (accounts: ${[...byName.keys()].join(', ') || 'none'})`)
    else if (groups.length === 0) problems.push(`${key}: name at least one group, or remove it`)
    else found[id] = groups
  }
  return found
}

function parseLocalLogin(value: string): LocalLogin {
  if (value === 'on' || value === 'off') return { mode: value }
  return { mode: 'break-glass', username: value.slice('break-glass:'.length) }
}

export interface UpstreamSettings {
  connectTimeoutMs: number
  headersTimeoutMs: number
  bodyTimeoutMs: number
  budgetPerMinute: number
  /** The collector's share of `budgetPerMinute` (COLLECTOR_BUDGET_PER_MINUTE). */
  collectorSharePerMinute: number
  circuitFailureThreshold: number
  circuitOpenMs: number
}

export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`)
  }
}

/** Environment wins over `.env`, as with every twelve-factor tool. */
export function readEnv(envFile = '.env', env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {}
  const merged: Record<string, string> = {}
  for (const [key, value] of Object.entries({ ...fromFile, ...env })) {
    if (typeof value === 'string') merged[key] = value
  }
  return merged
}

export function parseConfig(env: Record<string, string>): ProxyConfig {
  const problems: string[] = []
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`)
  }
  const accounts = parseAccounts(env, problems)
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems)
  const e = parsed.data
  if (accounts.length > 0 && !e.SESSION_SECRET) {
    problems.push(
      'SESSION_SECRET: required when a Lucca account is configured (at least 32 random characters)',
    )
  }
  // Lucca allows 50/min per tenant; only the embedded emulator (EMULATOR_RATE_LIMIT=off) may go higher.
  if (accounts.length > 0 && e.LUCCA_BUDGET_PER_MINUTE > 50) {
    problems.push('LUCCA_BUDGET_PER_MINUTE: at most 50 (Lucca allows 50 requests/minute per tenant)')
  }
  // The collector yields while admins' use leaves less than its share free (upstream.ts): past half, it could
  // never spend its share.
  if (e.COLLECTOR === 'on' && e.COLLECTOR_BUDGET_PER_MINUTE * 2 > e.LUCCA_BUDGET_PER_MINUTE) {
    problems.push(
      `COLLECTOR_BUDGET_PER_MINUTE: at most half of LUCCA_BUDGET_PER_MINUTE (${e.LUCCA_BUDGET_PER_MINUTE}), so admins' clicks always come first`,
    )
  }
  if ((e.TLS_CERT_FILE === undefined) !== (e.TLS_KEY_FILE === undefined)) {
    problems.push('TLS_CERT_FILE and TLS_KEY_FILE: set both or neither')
  }
  const parsedOidc = parseOidc(e, problems)
  const accountGroups = parseAccountGroups(env, accounts, e.OIDC_ISSUER !== undefined, problems)
  const oidc = parsedOidc && { ...parsedOidc, accountGroups }
  if (problems.length > 0) throw new ConfigError(problems)
  const devOrigins =
    e.CONSOLE_DEV_ORIGIN !== undefined
      ? [new URL(e.CONSOLE_DEV_ORIGIN).origin]
      : e.NODE_ENV === 'development'
        ? ['http://127.0.0.1:5173', 'http://localhost:5173']
        : []
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: e.DATA_DIR,
    staticDir: e.STATIC_DIR,
    logLevel: e.LOG_LEVEL,
    devOrigins,
    publicOrigin: e.PUBLIC_ORIGIN ? new URL(e.PUBLIC_ORIGIN).origin : null,
    trustProxy: e.TRUST_PROXY,
    tls: e.TLS_CERT_FILE && e.TLS_KEY_FILE ? { certFile: e.TLS_CERT_FILE, keyFile: e.TLS_KEY_FILE } : null,
    adminPassword: e.ADMIN_PASSWORD,
    sessionSecret: e.SESSION_SECRET,
    session: { idleSeconds: e.SESSION_IDLE_MINUTES * 60, absoluteSeconds: e.SESSION_ABSOLUTE_HOURS * 3600 },
    accounts,
    embedded: {
      host: e.EMULATOR_HOST,
      emulatorPort: e.EMULATOR_PORT,
      receiverPort: e.RECEIVER_PORT,
      store: e.EMULATOR_STORE,
      env: Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith('EMULATOR_'))),
    },
    upstream: {
      connectTimeoutMs: e.UPSTREAM_CONNECT_TIMEOUT_MS,
      headersTimeoutMs: e.UPSTREAM_HEADERS_TIMEOUT_MS,
      bodyTimeoutMs: e.UPSTREAM_BODY_TIMEOUT_MS,
      budgetPerMinute: e.LUCCA_BUDGET_PER_MINUTE,
      collectorSharePerMinute: e.COLLECTOR_BUDGET_PER_MINUTE,
      circuitFailureThreshold: e.CIRCUIT_FAILURE_THRESHOLD,
      circuitOpenMs: e.CIRCUIT_OPEN_SECONDS * 1000,
    },
    database: { url: e.DATABASE_URL ?? null, poolSize: e.DATABASE_POOL_SIZE },
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    collector: {
      enabled: e.COLLECTOR === 'on',
      budgetPerMinute: e.COLLECTOR_BUDGET_PER_MINUTE,
      retentionDays: e.HISTORY_RETENTION_DAYS,
    },
    oidc,
    localLogin: parseLocalLogin(e.LOCAL_LOGIN),
    alerts: {
      enabled: e.ALERTS === 'on',
      smtpUrl: e.SMTP_URL ?? null,
      from: e.ALERT_FROM,
      checkSeconds: e.ALERTS_CHECK_SECONDS,
      claimSeconds: e.ALERTS_CLAIM_SECONDS,
    },
  }
}

/** Parses once at start-up; on failure prints every problem and exits, as ops people expect. */
export function loadConfig(): ProxyConfig {
  try {
    return parseConfig(readEnv())
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`)
    process.exit(1)
  }
}
