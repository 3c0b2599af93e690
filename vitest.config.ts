import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  test: {
    // happy-dom lays nothing out, so Mantine's focus trap finds nothing focusable in a modal (SPA tests) and
    // prints the whole node, thousands of lines a time; focus and the keyboard are checked in Chromium, in e2e.
    onConsoleLog: (log) => !log.includes('[@mantine/hooks/use-focus-trap]'),
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: [
            'server/**/*.test.ts',
            'contract/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
            'testing/**/*.test.ts',
          ],
          exclude: ['server/reliability/load.test.ts', 'server/reliability/replicas-load.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          // A console starts its database (the embedded engine: seconds on a busy 2-core machine).
          hookTimeout: 60_000,
          // Most of these files wait (on child consoles, databases, retries, claims running out) rather than
          // compute: two at a time, after the SPA's files, which compute. Three at a time on two cores met the
          // time bounds of the start-up and failover tests on a loaded machine.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // 200 clients for 60 s: `npm test` runs it on its own after the other suites, so it neither slows
        // them nor is measured on cores they are using.
        extends: true,
        test: {
          name: 'load',
          include: ['server/reliability/load.test.ts', 'server/reliability/replicas-load.test.ts'],
          environment: 'node',
          hookTimeout: 60_000,
          // One load at a time: each measures its consoles, not the other's clients on the same two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'spa',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['src/test/setup.ts'],
          // Typing into forms through user-event takes seconds on a busy 2-core machine.
          testTimeout: 15_000,
          // Each file gets a fresh DOM and cleans up after every test (src/test/setup.ts), but shares the
          // already evaluated modules (React, Mantine, the strings) with the files before it in its worker:
          // half the time of evaluating them again for each of the 49 files.
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
})
