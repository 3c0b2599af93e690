import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import checkFile from 'eslint-plugin-check-file'
import globals from 'globals'

const root = import.meta.dirname
const features = readdirSync(`${root}/src/features`)
const code = '**/*.{js,mjs,cjs,ts,tsx}'

/** import-x/no-restricted-paths for `files`: each zone forbids its `target` to import from `from`. */
function boundaries(folder, zones, ignores = []) {
  return {
    files: [`${folder}/${code}`],
    ignores,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones }] },
  }
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      '.data',
      'contract/lucca-api.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...pluginQuery.configs['flat/recommended-strict'],
  // Playwright fixtures must destructure their first argument, even when they need nothing from it.
  { files: ['e2e/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },

  // Import boundaries (docs/decisions/0009-lint-boundaries.md). Type-only imports count for the
  // boundaries; no-cycle ignores them, as they vanish at run time.
  {
    files: [code],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  boundaries('src', [
    ...features.map((feature) => ({
      target: `src/features/${feature}`,
      from: 'src/features',
      except: [`./${feature}`],
      message: 'A feature never imports another feature: a page in src/app composes them.',
    })),
    { target: 'src/features', from: 'src/app', message: 'Features never import src/app.' },
    {
      target: ['src/components', 'src/lib'],
      from: ['src/features', 'src/app'],
      message: 'src/components and src/lib know no feature and no page.',
    },
    {
      target: 'src',
      from: ['server', 'e2e', 'bench', 'scripts'],
      message: 'The SPA imports nothing from server/, e2e/, bench/ or scripts/ (contract/ is shared).',
    },
  ]),
  boundaries(
    'server/proxy',
    [
      {
        target: 'server/proxy',
        from: ['server/emulator', 'server/receiver'],
        message: 'Only server/proxy/embedded.ts starts the emulator and the receiver.',
      },
    ],
    ['server/proxy/embedded.ts'],
  ),
  boundaries('server/emulator', [
    { target: 'server/emulator', from: 'server/proxy', message: 'The emulator never imports the proxy.' },
  ]),
  boundaries('server/receiver', [
    {
      target: 'server/receiver',
      from: ['server/proxy', 'server/emulator'],
      message: 'The receiver imports neither the proxy nor the emulator.',
    },
  ]),

  // File and folder names are kebab-case. Only the name before its first dot is checked, so the suffixes
  // tools want pass: `.test.ts`, `.spec.ts`, `.module.css`, `.config.ts`, `.d.ts`. The generated
  // contract/lucca-api.d.ts is not linted at all, and READMEs are not code. CSS is not otherwise
  // linted: the processor gives check-file an empty program for each stylesheet.
  {
    files: ['**/*.css'],
    plugins: { 'check-file': checkFile },
    processor: 'check-file/eslint-processor-check-file',
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx,css}'],
    ignores: ['server/db/migrations/*'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
    },
  },
  // Migrations run in the order of their number: `0001-console-state.ts`.
  {
    files: ['server/db/migrations/*'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*': '+([0-9])-+([a-z0-9-])' }],
    },
  },
)
