import type { StartOptions } from '../server/proxy/server.ts'
import type { Call } from './console-call.ts'
import type { ChildConsole } from './console-child.ts'
import type { InProcessConsole } from './console-in-process.ts'
import type { EmulatorControl } from './emulator-control.ts'
import type { Lucca, LuccaSpec } from './lucca.ts'
import type { ReceiverControl } from './receiver-control.ts'
import { assemble, type Cleanup } from './stack-assemble.ts'
import type { Tap } from './tap.ts'

export interface StackOptions {
  /**
   * 'process' (the default): `node --import tsx server/proxy/main.ts` in a child of its own, as `npm start`
   * runs it; what restart, load, e2e and bench need. 'in-process': startConsole() here, for tests that inject
   * a clock, a DNS stub or other StartOptions, and read its log (`console.watch`).
   */
  console?: 'process' | { run: 'in-process'; options?: StartOptions }
  /**
   * 'embedded' (the default): the emulator and receiver the console starts itself with no account configured.
   * A LuccaSpec: a separate one the stack starts and stops, configured as a real account would be. A Lucca
   * from startLucca(): used, and left running for its owner.
   */
  lucca?: 'embedded' | LuccaSpec | Lucca
  /** A built SPA (`dist`); by default a two-file stand-in. */
  staticDir?: string
  /** By default a fresh folder that close() deletes; a given one is kept (restart tests). */
  dataDir?: string
  /** No console budget, no emulator rate limit: load runs measure the console, not the 429s of a tenant. */
  unthrottled?: boolean
  /** Fixed ports, for a process that must know them up front (Playwright); the others are free ones. */
  ports?: { console?: number; emulator?: number; receiver?: number }
  /** More console variables (`.env.example`); they override the stack's own. */
  env?: Record<string, string>
}

export interface StackBase {
  url: string
  admin: { username: string; password: string }
  dataDir: string
  emulatorUrl: string
  receiverUrl: string
  /** The separate Lucca, when there is one. */
  lucca: Lucca | null
  tap: Tap | null
  emulator: EmulatorControl
  receiver: ReceiverControl
  /** A request as the SPA makes it (stack.call('/api/session', { cookie })). */
  call: Call
  /** Signs in (the admin by default) and returns the session's `Cookie` header. */
  signIn(username?: string, password?: string): Promise<string>
  /** Stops the console (a child by its own process id), then what the stack started, then its folders. */
  close(): Promise<void>
}
export interface ProcessStack extends StackBase {
  console: ChildConsole
}
export interface InProcessStack extends StackBase {
  console: InProcessConsole
}

type InProcessOptions = StackOptions & { console: { run: 'in-process' } }

/** The console with its Lucca and receiver, on free loopback ports: the one way tests start a console. */
export function startStack(options: InProcessOptions): Promise<InProcessStack>
export function startStack(options?: StackOptions & { console?: 'process' }): Promise<ProcessStack>
export async function startStack(options: StackOptions = {}): Promise<InProcessStack | ProcessStack> {
  try {
    return await attempt(options)
  } catch (error) {
    // A port picked as free can be taken by another program before the console binds it: pick again, once.
    if (options.ports) throw error
    return attempt(options)
  }
}

async function attempt(options: StackOptions) {
  const cleanup: Cleanup = []
  try {
    return await assemble(options, cleanup)
  } catch (error) {
    for (const step of cleanup.reverse()) await step()
    throw error
  }
}

/** The tap of a stack or Lucca that has one (`lucca: { …, tap: {} }`). */
export function tapOf(holder: { tap: Tap | null }): Tap {
  if (!holder.tap) throw new Error('no tap here: give the Lucca one')
  return holder.tap
}
