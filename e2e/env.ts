import { admin } from '../testing/console-env.ts'

// The fixed ports of the seven consoles e2e/global-setup.ts starts: every Playwright process (the runner,
// each worker) computes the same addresses on its own, so nothing has to be passed between them.
// Uncommon ports, so that a console started with `npm start` on the same machine does not clash.
// E2E_PORT_OFFSET moves every port, so that two runs can share a machine.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0)
const ports = {
  main: { console: 18080 + offset, emulator: 14010 + offset, receiver: 14443 + offset },
  // A proxy on a configured (emulated) Lucca account, reached through a fault-injecting tap in front of the
  // main console's emulator, for e2e/network-faults.spec.ts.
  faulty: { console: 18081 + offset, tap: 14011 + offset },
  // The variant emulator (EMULATOR_VARIANTS=lucca-samples, see server/emulator/README.md): the values Lucca's
  // own samples show where they contradict the [E] rules.
  variant: { console: 18082 + offset, emulator: 14012 + offset, receiver: 14444 + offset },
  // An account of its own for e2e/history.spec.ts, which counts every endpoint there is (issue 14).
  history: { console: 18083 + offset, emulator: 14013 + offset, receiver: 14445 + offset },
  // A proxy on the main emulator as a real (sandbox) account: private receivers are refused there, as on a
  // real Lucca, for e2e/endpoints.spec.ts (the emulator account lets them through).
  sandbox: { console: 18084 + offset },
  // One account per failure of the connection check (e2e/connection-stack.ts): a server whose certificate the
  // console does not trust, and a port where nothing listens, stand in for two of them.
  connection: { console: 18085 + offset, untrusted: 14446 + offset, closed: 14447 + offset },
  // Company sign-in (e2e/oidc-stack.ts): a console with OIDC on, and the control of its identity provider's
  // directory (who is in which group), for e2e/oidc.spec.ts.
  oidc: { console: 18086 + offset, directory: 14448 + offset },
}
const http = (port: number) => `http://127.0.0.1:${port}`

export const E2E = {
  ports,
  admin,
  consoleUrl: http(ports.main.console),
  emulatorUrl: http(ports.main.emulator),
  receiverUrl: `https://127.0.0.1:${ports.main.receiver}`,
  faultyConsoleUrl: http(ports.faulty.console),
  tapUrl: http(ports.faulty.tap),
  variantConsoleUrl: http(ports.variant.console),
  variantEmulatorUrl: http(ports.variant.emulator),
  variantReceiverUrl: `https://127.0.0.1:${ports.variant.receiver}`,
  historyConsoleUrl: http(ports.history.console),
  historyEmulatorUrl: http(ports.history.emulator),
  sandboxConsoleUrl: http(ports.sandbox.console),
  connectionConsoleUrl: http(ports.connection.console),
  oidcConsoleUrl: http(ports.oidc.console),
  oidcDirectoryUrl: http(ports.oidc.directory),
}
