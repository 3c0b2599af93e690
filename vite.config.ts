import { fileURLToPath } from 'node:url'
import { defineConfig, type UserConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { firstPaint } from './scripts/first-paint-plugin.ts'
import { preloadFirstScreenStrings } from './scripts/first-screen-preload-plugin.ts'
import { precompress } from './scripts/precompress-plugin.ts'

// A namespace's strings in one language: the shell's (src/app/locales) or a feature's. The shell's English
// is not one of them: the entry imports it, and it compresses better inside the entry's chunk.
const strings = /\/src\/(?:app\/locales\/(?!en\.ts)|features\/([\w/-]+)\/locales\/)(\w+)\.ts$/
// The namespaces the first screen speaks (`firstScreen` in src/app/i18n.ts), the shell's French among them, and
// the header's account switcher's (`session`): without it, the first paint waited for every other screen's words.
const firstScreen = ['shell', 'endpoints', 'deliveries', 'session']

// @mantine/charts, recharts, and the packages only recharts brings in (its package.json's dependencies and
// victory-vendor's d3 modules).
const charts =
  /\/node_modules\/(@mantine\/charts|recharts|victory-vendor|d3-[\w-]+|internmap|@reduxjs\/toolkit|redux|redux-thunk|react-redux|immer|reselect|es-toolkit|eventemitter3|decimal\.js-light|tiny-invariant|use-sync-external-store|react-is)\//
// The screens' shared code and the pages loaded on demand (one chunk compresses far better than a sliver per
// page: 3.7 KiB gz less), but for the health charts that import the charts' library (in `features`, every
// lazy page would load it): they stay in the chunk of their own dynamic import (health/lazy-health-charts).
const shared =
  /\/src\/(components|lib|app\/pages|features\/(?!health\/(?!lazy-health-charts|charts-placeholder)))/

// `npm run dev`: Vite with HMR; API calls go to the proxy (npm run dev starts it on PROXY_PORT).
const proxyTarget = `http://127.0.0.1:${process.env.PROXY_PORT ?? '8080'}`

// React Router's package points every import at its development build (warnings included); its production
// build sits beside it. The dev server keeps the warnings.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
)

const config: UserConfig = {
  plugins: [react(), preloadFirstScreenStrings(), firstPaint(), precompress()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/lucca-api': { target: proxyTarget },
      '/api': { target: proxyTarget },
      '/healthz': { target: proxyTarget },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    rolldownOptions: {
      // Building a zod schema has no side effect, but the bundler cannot know: without this, every schema of
      // a contract module the first screen imports rides in the entry whether the SPA uses it or not.
      // Only a call whose result is unused is dropped, so nothing the SPA reads can go missing.
      treeshake: { manualPureFunctions: ['z'] },
      output: {
        codeSplitting: {
          // A few long-cached files instead of dozens of slivers, which compress worse. `$initial` (what the
          // entry imports statically: the shell and the endpoint list) keeps the first load free of the rest.
          groups: [
            // Strings in two chunks a language (src/app/i18n.ts reads them on demand): the first screen's
            // namespaces, and all the others', read when another screen first needs one. A French visit does not
            // download English, nor the first screen every feature's words; one chunk compresses far better
            // than a dozen slivers (5 KiB gz less in French).
            {
              name: (id) => {
                const match = strings.exec(id)
                if (!match) return null
                const first = firstScreen.includes(match[1] ?? 'shell')
                return `strings-${first ? 'first' : 'more'}-${match[2]}`
              },
              test: strings,
              priority: 5,
            },
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 4 },
            { name: 'app', test: /\/src\//, tags: ['$initial'], priority: 3 },
            // The charts' library and what only it uses (recharts' dependencies), some 130 KiB gz: one lazy chunk
            // that only a page with charts loads (docs/decisions/0013-charts.md), with its own budget in the bench.
            // Below `vendor`, so a package the first screen also imports stays in the first screen's chunk.
            { name: 'charts', test: charts, priority: 2.5 },
            // What follows the first screen: the toast container (right after it) and the menus and tooltips (once
            // it is idle, components/deferred), in one chunk that compresses better than two; not with everything
            // the other screens use.
            {
              name: 'widgets',
              test: /@mantine\/notifications|react-transition-group|styles\/Notification\.css|@floating-ui|@mantine\/core\/esm\/components\/(Menu|Tooltip|Popover|Transition|Portal|FocusTrap)\/|components\/deferred\/widgets/,
              priority: 2,
            },
            // Packages and code shared by the screens loaded on demand, in one chunk: any second screen needs
            // both, and together they compress better. Each page is in it too.
            { name: 'features', test: (id) => id.includes('/node_modules/') || shared.test(id), priority: 0 },
          ],
        },
      },
    },
  },
}

export default defineConfig(({ command, mode }) => {
  // Vite passes an inherited NODE_ENV on to React and the JSX transform, so a build started under Vitest
  // (NODE_ENV=test, e.g. the bundle budget) would be a development build. Vite's advice: set it here.
  if (command === 'build' && mode === 'production') process.env.NODE_ENV = 'production'
  if (command === 'build') return { ...config, resolve: { alias: { 'react-router': reactRouterProduction } } }
  return config
})
