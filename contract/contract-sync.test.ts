import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'

const here = import.meta.dirname
const sharedSpec = join(here, '../../shared/lucca-api/openapi.yaml')
const sharedReadme = join(here, '../../shared/lucca-api/README.md')

test('the generated Lucca types match contract/openapi.yaml', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'lucca-types-')), 'lucca-api.d.ts')
  execFileSync(
    join(here, '../node_modules/.bin/openapi-typescript'),
    [join(here, 'openapi.yaml'), '-o', out],
    {
      stdio: 'ignore',
    },
  )
  expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(here, 'lucca-api.d.ts'), 'utf8'))
})

test.skipIf(!existsSync(sharedSpec))('contract/openapi.yaml is the same as the shared contract', () => {
  expect(readFileSync(join(here, 'openapi.yaml'), 'utf8')).toBe(readFileSync(sharedSpec, 'utf8'))
})

// The prose half of the contract, which code comments cite as `lucca-api.md §n`.
test.skipIf(!existsSync(sharedReadme))(
  'contract/lucca-api.md is the same as the shared contract README',
  () => {
    expect(readFileSync(join(here, 'lucca-api.md'), 'utf8')).toBe(readFileSync(sharedReadme, 'utf8'))
  },
)
