import { defineConfig, devices } from '@playwright/test'
import { E2E } from './e2e/env.ts'
import type { Stack } from './e2e/fixtures.ts'
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts'

// E2E_OUTPUT_DIR keeps the artefacts of a second run on the same machine apart (see E2E_PORT_OFFSET).
const outputDir = process.env.E2E_OUTPUT_DIR ?? 'test-results'

export default defineConfig<{ stack: Stack }>({
  testDir: 'e2e',
  // The five consoles, through testing/stack.ts like every other test (its returned function tears down).
  globalSetup: './e2e/global-setup.ts',
  outputDir: `${outputDir}/e2e`,
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${outputDir}/e2e-results.json` }]],
  use: {
    baseURL: E2E.consoleUrl,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath(),
      args: chromiumArgs,
    },
  },
  projects: [
    { name: 'console', testIgnore: /(lucca-samples|history)\.spec\.ts$/ },
    // The same console on an emulator that answers as Lucca's own samples do, where they contradict our [E]
    // choices (EMULATOR_VARIANTS=lucca-samples): the product must follow the client rules of contract §12.
    {
      name: 'lucca-samples',
      testMatch: /lucca-samples\.spec\.ts$/,
      use: {
        baseURL: E2E.variantConsoleUrl,
        stack: {
          consoleUrl: E2E.variantConsoleUrl,
          emulatorUrl: E2E.variantEmulatorUrl,
          receiverUrl: E2E.variantReceiverUrl,
        },
      },
    },
    // An account of its own, whose every endpoint the spec made: what a total of 60 needs (issue 14).
    {
      name: 'history',
      testMatch: /history\.spec\.ts$/,
      use: {
        baseURL: E2E.historyConsoleUrl,
        stack: {
          consoleUrl: E2E.historyConsoleUrl,
          emulatorUrl: E2E.historyEmulatorUrl,
          receiverUrl: `https://127.0.0.1:${E2E.ports.history.receiver}`,
        },
      },
    },
  ],
})
