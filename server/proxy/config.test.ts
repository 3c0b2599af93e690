import { expect, test } from 'vitest'
import { ConfigError, parseConfig } from './config.ts'

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  return []
}

const SECRET = 's'.repeat(40)

test('no configuration at all: defaults and the embedded emulator', () => {
  const config = parseConfig({})
  expect(config).toMatchObject({
    host: '127.0.0.1',
    port: 8080,
    dataDir: '.data',
    accounts: [],
    devOrigins: [],
  })
  expect(config.embedded).toEqual({
    host: '127.0.0.1',
    emulatorPort: 4010,
    receiverPort: 4443,
    store: 'file',
    env: {},
  })
  expect(config.upstream.budgetPerMinute).toBeLessThan(50)
  expect(parseConfig({ EMULATOR_SKIP_CHALLENGE: '1' }).embedded.env).toEqual({ EMULATOR_SKIP_CHALLENGE: '1' })
})

test('the four plain LUCCA_* variables make one account; SESSION_SECRET becomes required', () => {
  const env = {
    LUCCA_API_URL: 'https://acme.ilucca.net',
    LUCCA_TOKEN_URL: 'https://accounts.world.luccasoftware.com/connect/token',
    LUCCA_CLIENT_ID: 'console',
    LUCCA_CLIENT_SECRET: 'a-real-looking-client-secret',
  }
  expect(problemsOf(env)).toEqual([expect.stringContaining('SESSION_SECRET')])
  const config = parseConfig({ ...env, SESSION_SECRET: SECRET })
  expect(config.accounts).toEqual([
    expect.objectContaining({ id: 'default', environment: 'production', apiUrl: 'https://acme.ilucca.net' }),
  ])
})

test('several accounts from LUCCA_ACCOUNTS, each with its own URLs and credentials', () => {
  const config = parseConfig({
    SESSION_SECRET: SECRET,
    LUCCA_ACCOUNTS: 'sandbox,production',
    LUCCA_SANDBOX_API_URL: 'https://acme-x1.sandbox.eu1.luccasoftware.com',
    LUCCA_SANDBOX_TOKEN_URL: 'https://accounts.world.luccasoftware.com/connect/token',
    LUCCA_SANDBOX_CLIENT_ID: 'sandbox-client',
    LUCCA_SANDBOX_CLIENT_SECRET: 'sandbox-secret-long-enough',
    LUCCA_SANDBOX_ENVIRONMENT: 'sandbox',
    LUCCA_SANDBOX_LABEL: 'Acme sandbox',
    LUCCA_PRODUCTION_API_URL: 'https://acme.ilucca.net',
    LUCCA_PRODUCTION_TOKEN_URL: 'https://accounts.world.luccasoftware.com/connect/token',
    LUCCA_PRODUCTION_CLIENT_ID: 'prod-client',
    LUCCA_PRODUCTION_CLIENT_SECRET: 'production-secret-long-enough',
  })
  expect(config.accounts.map((a) => [a.id, a.label, a.environment])).toEqual([
    ['sandbox', 'Acme sandbox', 'sandbox'],
    ['production', 'production', 'production'],
  ])
})

test('every problem is listed at once, readably', () => {
  const problems = problemsOf({
    PORT: 'eighty',
    LUCCA_ACCOUNTS: 'prod,Bad Id',
    LUCCA_PROD_API_URL: 'http://acme.ilucca.net',
    LUCCA_PROD_TOKEN_URL: 'not a url',
    LUCCA_PROD_CLIENT_SECRET: 'changeme',
    ADMIN_PASSWORD: 'short',
    SESSION_SECRET: 'short',
  })
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^PORT:/),
      expect.stringMatching(/^ADMIN_PASSWORD: .*12/),
      expect.stringMatching(/^SESSION_SECRET: .*32/),
      expect.stringMatching(/^LUCCA_ACCOUNTS: "Bad Id"/),
      expect.stringMatching(/^LUCCA_PROD_API_URL: must use https/),
      expect.stringMatching(/^LUCCA_PROD_TOKEN_URL: not a URL/),
      expect.stringMatching(/^LUCCA_PROD_CLIENT_ID: required/),
    ]),
  )
})

test('weak client secrets are refused for real hosts, and API URLs must be origins', () => {
  const base = {
    SESSION_SECRET: SECRET,
    LUCCA_TOKEN_URL: 'https://accounts.world.luccasoftware.com/connect/token',
    LUCCA_CLIENT_ID: 'console',
  }
  expect(
    problemsOf({
      ...base,
      LUCCA_API_URL: 'https://acme.ilucca.net',
      LUCCA_CLIENT_SECRET: 'console-dev-secret',
    }),
  ).toEqual([expect.stringContaining('LUCCA_CLIENT_SECRET: looks like a placeholder')])
  expect(
    problemsOf({ ...base, LUCCA_API_URL: 'https://acme.ilucca.net', LUCCA_CLIENT_SECRET: 'short' }),
  ).toHaveLength(1)
  expect(
    problemsOf({ ...base, LUCCA_API_URL: 'https://acme.ilucca.net/lucca-api', LUCCA_CLIENT_SECRET: SECRET }),
  ).toEqual([expect.stringContaining('origin only')])
  // The emulator on loopback may use its documented dev secret over plain HTTP.
  expect(
    problemsOf({
      ...base,
      LUCCA_API_URL: 'http://127.0.0.1:4010',
      LUCCA_CLIENT_SECRET: 'console-dev-secret',
    }),
  ).toEqual([])
})

test('the Vite dev origin is trusted only in development or when named', () => {
  expect(parseConfig({ NODE_ENV: 'development' }).devOrigins).toEqual([
    'http://127.0.0.1:5173',
    'http://localhost:5173',
  ])
  expect(parseConfig({ CONSOLE_DEV_ORIGIN: 'http://127.0.0.1:5999/' }).devOrigins).toEqual([
    'http://127.0.0.1:5999',
  ])
  expect(parseConfig({ NODE_ENV: 'production' }).devOrigins).toEqual([])
})

test('the request budget stays under Lucca’s 50/min for real accounts; the emulator may go higher', () => {
  expect(parseConfig({ LUCCA_BUDGET_PER_MINUTE: '600' }).upstream.budgetPerMinute).toBe(600)
  const real = {
    SESSION_SECRET: SECRET,
    LUCCA_API_URL: 'https://acme.ilucca.net',
    LUCCA_TOKEN_URL: 'https://accounts.world.luccasoftware.com/connect/token',
    LUCCA_CLIENT_ID: 'console',
    LUCCA_CLIENT_SECRET: 'a-real-looking-client-secret',
  }
  expect(problemsOf({ ...real, LUCCA_BUDGET_PER_MINUTE: '60' })).toEqual([
    expect.stringContaining('at most 50'),
  ])
  expect(problemsOf({ ...real, LUCCA_BUDGET_PER_MINUTE: '50' })).toEqual([])
})

test('an account is an emulator (private receivers allowed) only on loopback, never a real Lucca', () => {
  const account = {
    SESSION_SECRET: SECRET,
    LUCCA_TOKEN_URL: 'https://accounts.world.luccasoftware.com/connect/token',
    LUCCA_CLIENT_ID: 'console',
    LUCCA_CLIENT_SECRET: 'a-real-looking-client-secret',
    LUCCA_ENVIRONMENT: 'emulator',
  }
  expect(problemsOf({ ...account, LUCCA_API_URL: 'https://acme.ilucca.net' })).toEqual([
    'LUCCA_ENVIRONMENT: emulator is only for an emulator on 127.0.0.1 or localhost',
  ])
  expect(problemsOf({ ...account, LUCCA_API_URL: 'http://127.0.0.1:4010' })).toEqual([])
})

test('without OIDC_ISSUER, company sign-in is off and local sign-in is as before', () => {
  const config = parseConfig({})
  expect(config.oidc).toBeNull()
  expect(config.localLogin).toEqual({ mode: 'on' })
  expect(problemsOf({ OIDC_CLIENT_ID: 'console' })).toEqual([
    'OIDC_CLIENT_ID: set OIDC_ISSUER too, or remove it',
  ])
  expect(problemsOf({ LOCAL_LOGIN: 'off' })).toEqual([
    'LOCAL_LOGIN: only on without OIDC_ISSUER (nobody could sign in)',
  ])
})

test('OIDC_ISSUER: the redirect URI comes from PUBLIC_ORIGIN; groups are comma lists', () => {
  const config = parseConfig({
    OIDC_ISSUER: 'https://login.example.com/realms/acme',
    OIDC_CLIENT_ID: 'console',
    OIDC_CLIENT_SECRET: 'c'.repeat(32),
    PUBLIC_ORIGIN: 'https://webhooks.example.com',
    OIDC_ADMIN_GROUPS: 'HR-Integrations-Admins, IT-Admins',
    OIDC_VIEWER_GROUPS: 'HR',
    OIDC_RECHECK_MINUTES: '0.5',
    LOCAL_LOGIN: 'break-glass:rescue',
  })
  expect(config.oidc).toEqual({
    issuer: 'https://login.example.com/realms/acme',
    clientId: 'console',
    clientSecret: 'c'.repeat(32),
    scopes: 'openid profile email offline_access',
    redirectUri: 'https://webhooks.example.com/api/session/oidc/callback',
    postLogoutRedirectUri: 'https://webhooks.example.com/',
    rolesClaim: 'groups',
    adminGroups: ['HR-Integrations-Admins', 'IT-Admins'],
    viewerGroups: ['HR'],
    recheckSeconds: 30,
    accountGroups: {},
  })
  expect(config.localLogin).toEqual({ mode: 'break-glass', username: 'rescue' })
})

test('OIDC_ISSUER set but incomplete: every missing piece is named at start-up', () => {
  expect(problemsOf({ OIDC_ISSUER: 'https://login.example.com', OIDC_SCOPES: 'profile' })).toEqual([
    'OIDC_CLIENT_ID: required with OIDC_ISSUER',
    'OIDC_CLIENT_SECRET: required with OIDC_ISSUER',
    'PUBLIC_ORIGIN: required with OIDC_ISSUER (the redirect URI is derived from it)',
    'OIDC_SCOPES: must include openid',
    'OIDC_ADMIN_GROUPS, OIDC_VIEWER_GROUPS: name at least one group, or nobody gets in',
  ])
  expect(problemsOf({ LOCAL_LOGIN: 'sometimes' })).toEqual([
    'LOCAL_LOGIN: must be on, off or break-glass:<username>',
  ])
})

const TWO_ACCOUNTS = {
  SESSION_SECRET: SECRET,
  LUCCA_ACCOUNTS: 'acme-sandbox,production',
  ...Object.fromEntries(
    ['ACME_SANDBOX', 'PRODUCTION'].flatMap((name) => [
      [`LUCCA_${name}_API_URL`, 'https://acme.ilucca.net'],
      [`LUCCA_${name}_TOKEN_URL`, 'https://accounts.world.luccasoftware.com/connect/token'],
      [`LUCCA_${name}_CLIENT_ID`, `${name}-client`],
      [`LUCCA_${name}_CLIENT_SECRET`, `${name}-secret-long-enough`],
    ]),
  ),
  OIDC_ISSUER: 'https://login.example.com/realms/acme',
  OIDC_CLIENT_ID: 'console',
  OIDC_CLIENT_SECRET: 'c'.repeat(32),
  PUBLIC_ORIGIN: 'https://webhooks.example.com',
  OIDC_ADMIN_GROUPS: 'HR-IT',
}

test('OIDC_ACCOUNT_GROUPS_<ACCOUNT>: groups per Lucca account (dashes as underscores); others open', () => {
  const config = parseConfig({
    ...TWO_ACCOUNTS,
    OIDC_ACCOUNT_GROUPS_ACME_SANDBOX: 'Integrators, HR-IT',
  })
  expect(config.oidc?.accountGroups).toEqual({ 'acme-sandbox': ['Integrators', 'HR-IT'] })
})

test('OIDC_ACCOUNT_GROUPS_*: an unknown account, an empty list, or no OIDC_ISSUER stop the start', () => {
  expect(problemsOf({ ...TWO_ACCOUNTS, OIDC_ACCOUNT_GROUPS_STAGING: 'HR-IT' })).toEqual([
    'OIDC_ACCOUNT_GROUPS_STAGING: no such Lucca account (accounts: ACME_SANDBOX, PRODUCTION)',
  ])
  expect(problemsOf({ ...TWO_ACCOUNTS, OIDC_ACCOUNT_GROUPS_PRODUCTION: ' , ' })).toEqual([
    'OIDC_ACCOUNT_GROUPS_PRODUCTION: name at least one group, or remove it',
  ])
  const { OIDC_ISSUER: _issuer, OIDC_CLIENT_ID: _id, OIDC_CLIENT_SECRET: _secret, ...local } = TWO_ACCOUNTS
  expect(problemsOf({ ...local, OIDC_ACCOUNT_GROUPS_PRODUCTION: 'HR-IT' })).toEqual([
    'OIDC_ACCOUNT_GROUPS_PRODUCTION: set OIDC_ISSUER too, or remove it',
  ])
})
