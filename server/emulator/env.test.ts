import { expect, test } from 'vitest'
import { emulatorOptionsFromEnv } from './env.ts'

test('lucca-api.md §9 variables map onto emulator options', () => {
  const options = emulatorOptionsFromEnv({
    EMULATOR_STORE: 'memory',
    EMULATOR_RATE_LIMIT: '10/30',
    EMULATOR_RETRY_SCALE: '0.001',
    EMULATOR_SKIP_CHALLENGE: '1',
    EMULATOR_CHALLENGE_ALLOWLIST: 'a.test, b.test',
    EMULATOR_CLIENTS: '[{"id":"x","secret":"y","scopes":["events.readonly"]}]',
    EMULATOR_VARIANTS: 'lucca-samples',
    EMULATOR_STRICT: '1',
  })
  expect(options).toMatchObject({
    store: 'memory',
    seed: true,
    rateLimit: { requests: 10, windowSeconds: 30 },
    retryScale: 0.001,
    skipChallenge: true,
    challengeAllowlist: ['a.test', 'b.test'],
    clients: [{ id: 'x', secret: 'y', scopes: ['events.readonly'] }],
    variants: 'lucca-samples',
    strict: true,
  })
  expect(emulatorOptionsFromEnv({ DATA_DIR: '/tmp/d', EMULATOR_RATE_LIMIT: 'off' })).toMatchObject({
    store: { file: '/tmp/d/emulator.json' },
    rateLimit: 'off',
  })
})

test('malformed values fail loudly instead of silently using a default', () => {
  expect(() => emulatorOptionsFromEnv({ EMULATOR_RATE_LIMIT: 'fast' })).toThrow(/EMULATOR_RATE_LIMIT/)
  expect(() => emulatorOptionsFromEnv({ EMULATOR_RETRY_SCALE: 'x' })).toThrow(/EMULATOR_RETRY_SCALE/)
  expect(() => emulatorOptionsFromEnv({ EMULATOR_CLIENTS: '[{"id":"x"}]' })).toThrow()
  expect(() => emulatorOptionsFromEnv({ EMULATOR_VARIANTS: 'samples' })).toThrow(/EMULATOR_VARIANTS/)
})
