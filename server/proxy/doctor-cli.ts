import type {
  ConnectionCheck,
  ConnectionStep,
  ConnectionStepId,
} from '../../contract/console-connection-api.ts'
import { checkConnection } from './connection/check.ts'
import { ConfigError, parseConfig, readEnv } from './config.ts'

/** The steps' names as `npm run doctor` prints them (the SPA has its own, translated). */
const STEP_NAMES: Record<ConnectionStepId, string> = {
  config: 'Configuration',
  reach: 'API host reachable over TLS',
  'token-endpoint': 'Token endpoint answers',
  credentials: 'Client id and secret accepted',
  scopes: 'Scopes granted',
  'webhook-api': 'Webhook API answers',
  budget: 'Rate budget and deprecation notices',
}

// Words, not only colours: the output is read in logs and CI, often without them.
const MARKS = { ok: '[ ok ]', failed: '[FAIL]', warning: '[warn]', skipped: '[skip]' } as const

/**
 * `npm run doctor`: the connection check of every configured account, with the console's own configuration
 * (environment, then `.env`). 0 when no step failed (warnings pass), else 1.
 */
export async function runDoctor(env: Record<string, string>, print: (line: string) => void): Promise<number> {
  let config
  try {
    config = parseConfig(env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    print('Lucca connection check')
    print(`${MARKS.failed} 1. ${STEP_NAMES.config}: the configuration has problems.`)
    for (const problem of error.problems) print(`         - ${problem}`)
    print(
      '       Fix: correct these variables (see .env.example and the README), then run `npm run doctor` again.',
    )
    return 1
  }
  if (config.accounts.length === 0) {
    print('Lucca connection check')
    print(
      `${MARKS.failed} 1. ${STEP_NAMES.config}: no Lucca account is configured (the console would run on its embedded emulator).`,
    )
    print(
      '       Fix: set LUCCA_API_URL, LUCCA_TOKEN_URL, LUCCA_CLIENT_ID and LUCCA_CLIENT_SECRET (or LUCCA_ACCOUNTS).',
    )
    return 1
  }
  let failed = false
  for (const account of config.accounts) {
    const check = await checkConnection({
      account,
      connectTimeoutMs: config.upstream.connectTimeoutMs,
      headersTimeoutMs: config.upstream.headersTimeoutMs,
    })
    printCheck(check, print)
    failed ||= !check.ok
  }
  return failed ? 1 : 0
}

function printCheck(check: ConnectionCheck, print: (line: string) => void): void {
  print(`Lucca connection check: ${check.label} (account "${check.accountId}")`)
  check.steps.forEach((step, index) => printStep(step, index + 1, print))
  print(check.ok ? 'Every step passed.\n' : 'A step failed: fix it, then run `npm run doctor` again.\n')
}

function printStep(step: ConnectionStep, number: number, print: (line: string) => void): void {
  print(`${MARKS[step.status]} ${number}. ${STEP_NAMES[step.id]}: ${step.result}`)
  if (step.fix) print(`       Fix: ${step.fix}`)
  if (step.detail && step.status !== 'skipped')
    for (const line of step.detail.split('\n')) print(`       ${line}`)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runDoctor(readEnv(), (line) => process.stdout.write(`${line}\n`))
}
