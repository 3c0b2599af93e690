// `npm run dev`: the proxy (restarted on change by tsx watch) plus Vite with HMR, which forwards
// /api, /lucca-api and /healthz to the proxy. Open http://127.0.0.1:5173.
import { spawn, type ChildProcess } from 'node:child_process'

const proxyPort = process.env.PORT ?? '8080'
const env = { ...process.env, NODE_ENV: 'development', CONSOLE_DEV_ORIGIN: 'http://127.0.0.1:5173' }

const children: ChildProcess[] = [
  spawn('node_modules/.bin/tsx', ['watch', '--clear-screen=false', 'server/proxy/main.ts'], {
    stdio: 'inherit',
    env: { ...env, PORT: proxyPort },
  }),
  spawn('node_modules/.bin/vite', ['--strictPort'], {
    stdio: 'inherit',
    env: { ...env, PROXY_PORT: proxyPort },
  }),
]

function stop(code: number) {
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0))
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
