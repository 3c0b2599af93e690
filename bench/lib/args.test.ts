import { expect, test } from 'vitest'
import { parseBenchArgs } from './args.ts'

test('the full bench runs every section with a five-minute soak', () => {
  expect(parseBenchArgs([])).toEqual({
    sections: ['bundle', 'proxy', 'state', 'lighthouse', 'feedback', 'soak'],
    durationSeconds: 10,
    startRounds: 3,
    soakSeconds: 300,
    lighthouseRuns: 3,
  })
})

test('--only, --quick and --soak-seconds narrow it down', () => {
  const args = parseBenchArgs(['--only', 'bundle,soak', '--quick', '--soak-seconds', '12'])
  expect(args).toMatchObject({ sections: ['bundle', 'soak'], durationSeconds: 4, soakSeconds: 12 })
  expect(() => parseBenchArgs(['--only', 'bundel'])).toThrow(/unknown section/)
  expect(() => parseBenchArgs(['--soak-seconds', 'x'])).toThrow(/soak-seconds/)
})
