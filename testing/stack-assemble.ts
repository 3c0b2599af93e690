import { rm } from 'node:fs/promises'
import { consoleCall, signIn } from './console-call.ts'
import { startConsoleProcess } from './console-child.ts'
import { admin, consoleEnv, luccaEnv } from './console-env.ts'
import { startConsoleInProcess } from './console-in-process.ts'
import { freshDataDir } from './embedded-template.ts'
import { emulatorControl } from './emulator-control.ts'
import { startLucca, type Lucca } from './lucca.ts'
import { freePort } from './ports.ts'
import { receiverControl } from './receiver-control.ts'
import type { InProcessStack, ProcessStack, StackBase, StackOptions } from './stack.ts'
import { staticFixture } from './static-fixture.ts'
import { issuedTokens } from './tap.ts'

/** Undo steps, in the order things were started; run backwards. */
export type Cleanup = (() => Promise<unknown>)[]

// Every server besides the console is a part: started first, it gives the console its variables (a Lucca
// account here; a DATABASE_URL or an SMTP host when later issues add those servers) and is stopped after it.
export async function assemble(
  options: StackOptions,
  cleanup: Cleanup,
): Promise<InProcessStack | ProcessStack> {
  const temp = async (make: () => Promise<string>) => {
    const dir = await make()
    cleanup.push(() => rm(dir, { recursive: true, force: true }))
    return dir
  }
  const dataDir = options.dataDir ?? (await temp(() => freshDataDir('stack-data-')))
  const staticDir = options.staticDir ?? (await temp(staticFixture))
  const lucca = await luccaOf(options.lucca ?? 'embedded', cleanup)
  const run = options.console ?? 'process'
  const part = lucca ? luccaPart(lucca) : await embeddedPart(options.ports ?? {})
  const unthrottled = options.unthrottled ?? false
  const env = consoleEnv({
    dataDir,
    staticDir,
    parts: part.env,
    port: options.ports?.console ?? (run === 'process' ? await freePort() : 0),
    logLevel: run === 'process' ? 'warn' : 'debug',
    unthrottled,
    env: options.env ?? {},
  })
  const started =
    run === 'process'
      ? await startConsoleProcess(env, unthrottled)
      : await startConsoleInProcess(env, unthrottled, run.options ?? {})
  cleanup.push(async () => {
    // Every token Lucca gave the console is a secret its log and answers must never show.
    if (started.run === 'in-process' && lucca?.tap) started.watch.secret(...issuedTokens(lucca.tap))
    await started.close()
  })
  const { emulatorUrl, receiverUrl } = part
  const call = consoleCall(started.url, started.run === 'in-process' ? started.watch : undefined)
  const steps = cleanup.splice(0).reverse()
  const base: StackBase = {
    url: started.url,
    admin,
    dataDir,
    emulatorUrl,
    receiverUrl,
    lucca,
    tap: lucca?.tap ?? null,
    emulator: emulatorControl(emulatorUrl),
    receiver: receiverControl(receiverUrl, lucca?.receiverCa ?? null),
    call,
    signIn: (username = admin.username, password = admin.password) => signIn(call, username, password),
    close: async () => {
      for (const step of steps) await step()
    },
  }
  return started.run === 'in-process' ? { ...base, console: started } : { ...base, console: started }
}

async function luccaOf(choice: StackOptions['lucca'] & {}, cleanup: Cleanup): Promise<Lucca | null> {
  if (choice === 'embedded') return null
  if ('apiUrl' in choice) return choice
  const lucca = await startLucca(choice)
  cleanup.push(() => lucca.close())
  return lucca
}

function luccaPart(lucca: Lucca) {
  return { env: luccaEnv(lucca), emulatorUrl: lucca.emulatorUrl, receiverUrl: lucca.receiverUrl }
}

/** The console starts these itself; a process must be told their ports up front, so they are picked here. */
async function embeddedPart(ports: StackOptions['ports'] & {}) {
  const emulator = ports.emulator ?? (await freePort())
  const receiver = ports.receiver ?? (await freePort())
  return {
    env: { EMULATOR_PORT: String(emulator), RECEIVER_PORT: String(receiver) },
    emulatorUrl: `http://127.0.0.1:${emulator}`,
    receiverUrl: `https://127.0.0.1:${receiver}`,
  }
}
