import { expect, test } from 'vitest'
import { parseBenchArgs } from './args.ts'

test('the full bench runs every section with a five-minute soak and the history at 1,000,000 deliveries', () => {
  expect(parseBenchArgs([])).toEqual({
    sections: ['bundle', 'proxy', 'state', 'lighthouse', 'feedback', 'soak', 'history'],
    durationSeconds: 10,
    startRounds: 3,
    soakSeconds: 300,
    lighthouseRuns: 3,
    history: { rounds: 10, deliveries: 1_000_000, embedded: false },
  })
})

test('--only, --quick and --soak-seconds narrow it down', () => {
  const args = parseBenchArgs(['--only', 'bundle,soak', '--quick', '--soak-seconds', '12'])
  expect(args).toMatchObject({ sections: ['bundle', 'soak'], durationSeconds: 4, soakSeconds: 12 })
  expect(parseBenchArgs(['--only', 'history', '--quick', '--history-embedded']).history).toEqual({
    rounds: 4,
    deliveries: 100_000,
    embedded: true,
  })
  expect(() => parseBenchArgs(['--only', 'bundel'])).toThrow(/unknown section/)
  expect(() => parseBenchArgs(['--soak-seconds', 'x'])).toThrow(/soak-seconds/)
})
