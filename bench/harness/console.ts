import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { spawnNode, waitUntilReady, type NodeChild } from './child.ts'
import { freePort } from './free-port.ts'

export interface ConsoleProcess {
  child: NodeChild
  url: string
  /** The Lucca API the proxy talks to: the embedded emulator's, or the one given. */
  emulatorUrl: string
  receiverUrl: string | null
  admin: { username: string; password: string }
}

export interface ConsoleOptions {
  dataDir: string
  /** A built SPA; the proxy serves it. */
  staticDir?: string
  /** A Lucca account to use instead of the embedded emulator (e.g. an emulator in another process). */
  lucca?: { apiUrl: string; tokenUrl: string }
  /** Keep the embedded emulator's data in `dataDir` (restart tests) instead of memory. */
  fileStore?: boolean
  /** Runs bench/harness/proxy-process.ts with this Lucca budget instead of main.ts (load benchmarks). */
  budgetPerMinute?: number
  env?: Record<string, string>
}

/** For load benchmarks: no console-side pacing (the emulator's own rate limit is off too). */
export const unlimitedBudget = 1_000_000_000
const benchEntry = fileURLToPath(new URL('./proxy-process.ts', import.meta.url))
const admin = { username: 'admin', password: 'bench-password-123' }
// The emulator's default OAuth client (docs/architecture.md).
const emulatorClient = { id: 'console-dev', secret: 'console-dev-secret' }

/** Starts `server/proxy/main.ts` as `npm start` does (or the bench entry), on free loopback ports. */
export async function launchConsole(options: ConsoleOptions): Promise<ConsoleProcess> {
  try {
    return await launchOnce(options)
  } catch {
    // A port picked as free can be taken by another program before the child binds it: pick again, once.
    return launchOnce(options)
  }
}

async function launchOnce(options: ConsoleOptions): Promise<ConsoleProcess> {
  const [port, emulatorPort, receiverPort] = [await freePort(), await freePort(), await freePort()]
  const env: Record<string, string> = {
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: options.dataDir,
    ADMIN_PASSWORD: admin.password,
    LOG_LEVEL: 'warn',
    ...(options.staticDir ? { STATIC_DIR: options.staticDir } : {}),
    ...(options.lucca
      ? {
          LUCCA_API_URL: options.lucca.apiUrl,
          LUCCA_TOKEN_URL: options.lucca.tokenUrl,
          LUCCA_CLIENT_ID: emulatorClient.id,
          LUCCA_CLIENT_SECRET: emulatorClient.secret,
          LUCCA_ENVIRONMENT: 'emulator',
          SESSION_SECRET: randomBytes(32).toString('base64url'),
        }
      : {
          EMULATOR_PORT: String(emulatorPort),
          RECEIVER_PORT: String(receiverPort),
          EMULATOR_STORE: options.fileStore ? 'file' : 'memory',
        }),
    ...(options.budgetPerMinute ? { BENCH_BUDGET_PER_MINUTE: String(options.budgetPerMinute) } : {}),
    ...options.env,
  }
  const child = spawnNode(options.budgetPerMinute ? benchEntry : 'server/proxy/main.ts', env)
  const url = `http://127.0.0.1:${port}`
  try {
    await waitUntilReady(child, `${url}/healthz`)
  } catch (error) {
    await child.stop()
    throw error
  }
  return {
    child,
    url,
    emulatorUrl: options.lucca ? options.lucca.apiUrl : `http://127.0.0.1:${emulatorPort}`,
    receiverUrl: options.lucca ? null : `https://127.0.0.1:${receiverPort}`,
    admin,
  }
}
