// One place for the ports and secrets of the consoles that Playwright starts.
// Uncommon ports, so that a console started with `npm start` on the same machine does not clash.
// E2E_PORT_OFFSET moves every port, so that two runs can share a machine.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0)
const consolePort = 18080 + offset
const emulatorPort = 14010 + offset
const receiverPort = 14443 + offset
// The second console, for e2e/network-faults.spec.ts: a proxy on a real (emulated) Lucca account, reached
// through a fault-injecting tap in front of the same emulator (e2e/servers/faulty-console.ts).
const faultyConsolePort = 18081 + offset
const tapPort = 14011 + offset
// The third console, for specs on the variant emulator (EMULATOR_VARIANTS=lucca-samples, see
// server/emulator/README.md): the values Lucca's own samples show where they contradict the [E] rules.
const variantConsolePort = 18082 + offset
const variantEmulatorPort = 14012 + offset
const variantReceiverPort = 14444 + offset

const serverEnv = {
  HOST: '127.0.0.1',
  PORT: String(consolePort),
  EMULATOR_PORT: String(emulatorPort),
  RECEIVER_PORT: String(receiverPort),
  EMULATOR_STORE: 'memory',
  DATA_DIR: 'test-results/e2e-data',
  ADMIN_PASSWORD: 'e2e-admin-password-1234',
  LOG_LEVEL: 'warn',
  // Many specs run back to back against one account: Lucca's per-minute budget would only slow them down.
  EMULATOR_RATE_LIMIT: 'off',
  LUCCA_BUDGET_PER_MINUTE: '10000',
} satisfies Record<string, string>

export const E2E = {
  consoleUrl: `http://127.0.0.1:${consolePort}`,
  emulatorUrl: `http://127.0.0.1:${emulatorPort}`,
  receiverUrl: `https://127.0.0.1:${receiverPort}`,
  admin: { username: 'admin', password: 'e2e-admin-password-1234' },
  serverEnv,
  faultyConsoleUrl: `http://127.0.0.1:${faultyConsolePort}`,
  tapUrl: `http://127.0.0.1:${tapPort}`,
  /** Where the second console keeps its users and sessions: apart from a second run's (E2E_OUTPUT_DIR). */
  faultyDataDir: `${process.env.E2E_OUTPUT_DIR ?? 'test-results'}/e2e-faulty-data`,
  variantConsoleUrl: `http://127.0.0.1:${variantConsolePort}`,
  variantEmulatorUrl: `http://127.0.0.1:${variantEmulatorPort}`,
  variantReceiverUrl: `https://127.0.0.1:${variantReceiverPort}`,
  /** `node --import tsx server/proxy/main.ts` with these: the first console's settings, on its own ports. */
  variantServerEnv: {
    ...serverEnv,
    PORT: String(variantConsolePort),
    EMULATOR_PORT: String(variantEmulatorPort),
    RECEIVER_PORT: String(variantReceiverPort),
    DATA_DIR: `${process.env.E2E_OUTPUT_DIR ?? 'test-results'}/e2e-variant-data`,
    EMULATOR_VARIANTS: 'lucca-samples',
  } satisfies Record<string, string>,
}
