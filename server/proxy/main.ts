import { loadConfig } from './config.ts'
import { startConsole } from './server.ts'

const config = loadConfig()
const running = await startConsole(config)

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
