// Playwright's globalSetup: the seven consoles the specs run against, each started by startStack() on the
// fixed ports of env.ts (two runs on one machine use E2E_PORT_OFFSET). The function it returns is the
// global teardown: it stops each console by its own process id, then what the stack started for it.
import { existsSync } from 'node:fs'
import { startStack, type ProcessStack } from '../testing/stack.ts'
import { startConnectionConsole } from './connection-stack.ts'
import { E2E } from './env.ts'
import { startOidcConsole } from './oidc-stack.ts'

// Many specs run back to back against one account: Lucca's per-minute budget would only slow them down.
// The collector reads the account as `npm start` does, only faster, so a change made outside the console
// (a spec's own fixture) reaches the lists within about a second.
const unpaced = {
  EMULATOR_RATE_LIMIT: 'off',
  LUCCA_BUDGET_PER_MINUTE: '10000',
  COLLECTOR: 'on',
  COLLECTOR_BUDGET_PER_MINUTE: '300',
}

const faulty = {
  LUCCA_LABEL: 'Faulty Lucca',
  // The most a real account may have: a few specs' worth of calls in a minute stay well under it.
  LUCCA_BUDGET_PER_MINUTE: '50',
  // Its specs inject one-off faults (`times: 1`) and count calls at the tap: a collector would take them.
  COLLECTOR: 'off',
  // Short timeouts, so a hung Lucca becomes a 504 in under a second (the token request's timeout is
  // connect + headers), rather than after the production 8 s.
  UPSTREAM_CONNECT_TIMEOUT_MS: '500',
  UPSTREAM_HEADERS_TIMEOUT_MS: '700',
  UPSTREAM_BODY_TIMEOUT_MS: '700',
  // The breaker stays out of the way, so each fault shows its own message; e2e/faults.spec.ts and
  // server/reliability cover the breaker itself.
  CIRCUIT_FAILURE_THRESHOLD: '1000',
  CIRCUIT_OPEN_SECONDS: '1',
}

export default async function startConsoles(): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) throw new Error('Build the SPA first: npx vite build')
  const started: Pick<ProcessStack, 'close'>[] = []
  const stop = async () => {
    for (const stack of started.reverse()) await stack.close()
  }
  try {
    const main = await startStack({ staticDir: 'dist', ports: E2E.ports.main, env: unpaced })
    started.push(main)
    // The faults the emulator cannot fake (hung and reset connections, a failing token endpoint) are set
    // through the tap's control API (testing/tap-control.ts), in front of the main console's emulator.
    const tapped = { url: main.emulatorUrl, receiverUrl: main.receiverUrl }
    const { console: port, tap } = E2E.ports.faulty
    started.push(
      await startStack({
        staticDir: 'dist',
        ports: { console: port },
        lucca: { emulator: tapped, tap: { control: true, port: tap } },
        env: faulty,
      }),
    )
    const variants = { ...unpaced, EMULATOR_VARIANTS: 'lucca-samples' }
    started.push(await startStack({ staticDir: 'dist', ports: E2E.ports.variant, env: variants }))
    started.push(await startStack({ staticDir: 'dist', ports: E2E.ports.history, env: unpaced }))
    started.push(
      await startStack({
        staticDir: 'dist',
        ports: E2E.ports.sandbox,
        lucca: { emulator: { url: main.emulatorUrl, receiverUrl: main.receiverUrl } },
        env: { LUCCA_LABEL: 'Lucca sandbox', LUCCA_ENVIRONMENT: 'sandbox', COLLECTOR: 'off' },
      }),
    )
    started.push(await startConnectionConsole())
    started.push(await startOidcConsole({ url: main.emulatorUrl, receiverUrl: main.receiverUrl }))
  } catch (error) {
    await stop()
    throw error
  }
  return stop
}
