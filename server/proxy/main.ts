import { DatabaseUnreachable } from '../db/database.ts'
import { loadConfig } from './config.ts'
import { startConsole } from './server.ts'

const config = loadConfig()
const running = await startConsole(config).catch((error: unknown) => {
  // What an operator can fix (the database is down or the URL is wrong) is said in one line, not a stack.
  if (!(error instanceof DatabaseUnreachable)) throw error
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
})

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  running.app.log.info({ signal }, 'shutting down')
  await running.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
