import { ESLint } from 'eslint'
import { expect, test } from 'vitest'

// The architecture rules of eslint.config.js, tried on small sources at virtual paths: each breach is
// reported by the rule meant for it, so it fails the lint step of `npm test`; each legal import beside it passes.
const eslint = new ESLint({ cwd: `${import.meta.dirname}/..` })

async function rulesBroken(filePath: string, code: string): Promise<(string | null)[]> {
  const results = await eslint.lintText(code, { filePath })
  return results.flatMap((result) => result.messages.map((message) => message.ruleId))
}

const boundary = 'import-x/no-restricted-paths'

test.each([
  ['a feature imports another', 'src/features/endpoints/probe.tsx', '../deliveries/recovery/recovery-form'],
  [
    "a feature's test imports another feature",
    'src/features/endpoints/probe.test.tsx',
    '../session/session-api',
  ],
  ['a feature imports the app', 'src/features/endpoints/probe.ts', '../../app/theme'],
  ['a component imports a feature', 'src/components/probe.tsx', '../features/endpoints/topics'],
  ['lib imports the app', 'src/lib/probe.ts', '../app/query-client'],
  ['the SPA imports the server', 'src/lib/probe.ts', '../../server/proxy/route-table.ts'],
  ['the SPA imports e2e', 'src/app/probe.ts', '../../e2e/env.ts'],
  ['the SPA imports bench', 'src/app/probe.ts', '../../bench/lib/stats.ts'],
  ['the SPA imports scripts', 'src/app/probe.ts', '../../scripts/chromium.ts'],
  ['the proxy imports the emulator outside embedded.ts', 'server/proxy/probe.ts', '../emulator/start.ts'],
  [
    'the proxy imports the receiver outside embedded.ts',
    'server/proxy/auth/probe.ts',
    '../../receiver/start.ts',
  ],
  ['a proxy test imports the emulator', 'server/proxy/test/probe.test.ts', '../../emulator/app.ts'],
  ['the emulator imports the proxy', 'server/emulator/routes/probe.ts', '../../proxy/route-table.ts'],
  ['the receiver imports the emulator', 'server/receiver/probe.ts', '../emulator/clock.ts'],
  ['the receiver imports the proxy', 'server/receiver/probe.ts', '../proxy/problem.ts'],
])('breaks a boundary: %s', async (_, filePath, imported) => {
  expect(await rulesBroken(filePath, `import '${imported}'\n`)).toEqual([boundary])
})

test.each([
  ['a feature imports itself', 'src/features/endpoints/probe.tsx', './topic-picker'],
  ['a feature imports lib', 'src/features/endpoints/probe.tsx', '../../lib/lucca-client'],
  ['a feature imports components', 'src/features/endpoints/probe.tsx', '../../components/page-header'],
  ['a feature imports the contract', 'src/features/endpoints/probe.ts', '../../../contract/receiver-url.ts'],
  ['a page composes features', 'src/app/pages/probe.tsx', '../../features/deliveries/recovery/recovery-form'],
  ['embedded.ts starts the emulator', 'server/proxy/embedded.ts', '../emulator/start.ts'],
  ['the emulator delivers to the receiver', 'server/emulator/probe.ts', '../receiver/start.ts'],
  ['a cross-server test uses them all', 'server/reliability/probe.test.ts', '../proxy/server.ts'],
  ['shared test code uses the emulator', 'testing/probe.ts', '../server/emulator/app.ts'],
])('keeps a boundary: %s', async (_, filePath, imported) => {
  expect(await rulesBroken(filePath, `import '${imported}'\n`)).toEqual([])
})

test("a feature imports another feature's types", async () => {
  const code = `import type { RecoveryWindow } from '../deliveries/recovery/recovery-plan'\nexport type Probe = RecoveryWindow\n`
  expect(await rulesBroken('src/features/endpoints/probe.ts', code)).toEqual([boundary])
})

test('an import cycle is reported (lucca-client.ts imports api-error.ts)', async () => {
  expect(await rulesBroken('src/lib/api-error.ts', `import './lucca-client'\n`)).toEqual([
    'import-x/no-cycle',
  ])
})

test.each([
  ['a PascalCase component file', 'src/components/PageTitle.tsx'],
  ['a camelCase module', 'server/proxy/routeTable.ts'],
  ['a snake_case script', 'scripts/ensure_tools.mjs'],
  ['a camelCase stylesheet', 'src/app/appFrame.module.css'],
])('a file name not in kebab-case is reported: %s', async (_, filePath) => {
  const code = filePath.endsWith('.css') ? '' : 'export {}\n'
  expect(await rulesBroken(filePath, code)).toEqual(['check-file/filename-naming-convention'])
})

test('a folder name not in kebab-case is reported', async () => {
  expect(await rulesBroken('server/proxy/authRoutes/login.ts', 'export {}\n')).toEqual([
    'check-file/folder-naming-convention',
  ])
})

test.each([
  'src/features/endpoints/endpoint-form.test.tsx',
  'src/app/i18next.d.ts',
  'e2e/endpoints.spec.ts',
  'src/app/app-frame.module.css',
])('a kebab-case name passes, whatever its middle extensions: %s', async (filePath) => {
  expect(await rulesBroken(filePath, filePath.endsWith('.css') ? '' : 'export {}\n')).toEqual([])
})
