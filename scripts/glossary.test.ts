import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { alertConditions } from '../contract/console-alerts-api.ts'
import { renderMessage, type AlertFacts } from '../server/alerts/messages.ts'

// Every namespace's strings, English and French, as the SPA loads them (src/app/i18n.ts).
const modules = import.meta.glob<Record<string, unknown>>('../src/**/locales/{en,fr}.ts', { eager: true })

type Tree = { readonly [key: string]: unknown }
interface Namespace {
  name: string
  en: Tree
  fr: Tree
}

const namespaces: Namespace[] = []
for (const [path, module] of Object.entries(modules)) {
  if (!path.endsWith('/en.ts')) continue
  const frPath = path.replace(/en\.ts$/, 'fr.ts')
  const name = path.replace('../src/', '').replace('/locales/en.ts', '')
  namespaces.push({ name, en: module.en as Tree, fr: (modules[frPath]?.fr ?? {}) as Tree })
}

/** Leaf paths: a string or a list of strings is a leaf. */
function leaves(tree: Tree, prefix = ''): Map<string, string | readonly string[]> {
  const found = new Map<string, string | readonly string[]>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string' || Array.isArray(value)) found.set(path, value as string | string[])
    else if (value && typeof value === 'object')
      for (const [inner, leaf] of leaves(value as Tree, path)) found.set(inner, leaf)
  }
  return found
}

const placeholders = (value: string | readonly string[]) =>
  [
    ...[value]
      .flat()
      .join(' ')
      .matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g),
  ]
    .map((match) => match[1])
    .sort()

describe('every string exists in both languages', () => {
  test('the locale files were found', () => {
    expect(namespaces.length).toBeGreaterThan(10)
    for (const { name, fr } of namespaces) expect(Object.keys(fr), `${name}: no fr.ts`).not.toHaveLength(0)
  })

  for (const { name, en, fr } of namespaces)
    test(name, () => {
      const english = leaves(en)
      const french = leaves(fr)
      const problems = [
        ...[...english.keys()].filter((key) => !french.has(key)).map((key) => `missing in French: ${key}`),
        ...[...french.keys()].filter((key) => !english.has(key)).map((key) => `missing in English: ${key}`),
        ...[...english]
          .filter(([key, value]) => {
            const other = french.get(key)
            return other !== undefined && placeholders(value).join() !== placeholders(other).join()
          })
          .map(([key]) => `not the same {{placeholders}}: ${key}`),
      ]
      expect(problems).toEqual([])
    })
})

// docs/glossary.md is the list: the doc and the test cannot drift apart.
const glossary = readFileSync(new URL('../docs/glossary.md', import.meta.url), 'utf8')

function section(title: string): string {
  const start = glossary.indexOf(`\n## ${title}`)
  if (start < 0) throw new Error(`docs/glossary.md has no "## ${title}" section`)
  const end = glossary.indexOf('\n## ', start + 1)
  return glossary.slice(start, end < 0 ? undefined : end)
}

const codeOf = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '')

/** The cells of a table's body rows (after its `| --- |` line). */
function rows(markdown: string): string[][] {
  const lines = markdown.split('\n').filter((line) => line.startsWith('|'))
  return lines.slice(2).map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  )
}

const terms = rows(section('Terms'))
const forbidden = [
  ...terms.flatMap((cells) => codeOf(cells[4] ?? '')),
  ...rows(section('Calques to avoid in French')).flatMap((cells) => codeOf(cells[0] ?? '')),
]
const allowed = codeOf(section('Allowed in French'))

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A whole word, in its plural or feminine forms too; letters around it (accented ones included) break the match.
const patterns = forbidden.map((word) => ({
  word,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}_])${escapeRegExp(word).replace(/\s+/g, '\\s+')}(?:s|e|es|x)?(?![\\p{L}\\p{N}_])`,
    'iu',
  ),
}))

/** What a reader sees as words: placeholders, `code` and the allowed names removed. */
function words(text: string): string {
  let plain = text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/`[^`]*`/g, ' ')
  for (const name of allowed) plain = plain.split(name).join(' ')
  return plain
}

function offences(source: string, texts: Iterable<[string, string]>): string[] {
  const found: string[] = []
  for (const [where, text] of texts)
    for (const { word, pattern } of patterns)
      if (pattern.test(words(text))) found.push(`${source} ${where}: « ${word} » in "${text}"`)
  return found
}

const facts = (overrides: Partial<AlertFacts>): AlertFacts => ({
  message: 'opened',
  condition: 'suspended',
  ruleName: 'Paie en panne',
  endpointName: 'Synchro paie',
  openedAt: new Date('2026-12-01T09:00:00Z'),
  closedAt: null,
  failedDeliveries: 3,
  lastFailureCode: 500,
  lastFailureAt: new Date('2026-12-01T09:05:00Z'),
  links: { endpoint: 'https://console/e/1', failed: 'https://console/f', recover: 'https://console/r' },
  ...overrides,
})

describe('French follows docs/glossary.md', () => {
  test('the glossary lists the words not to use, and the product names allowed', () => {
    expect(terms.length).toBeGreaterThan(20)
    for (const word of ['endpoint', 'sujet', 'livraison', 'relivrer', 'salarié', 'défi'])
      expect(forbidden).toContain(word)
    expect(allowed).toContain('Lucca')
  })

  test('the matcher reads words, not letters inside other words', () => {
    const hit = (text: string) => offences('', [['', text]]).length > 0
    expect(hit('Les Livraisons récentes')).toBe(true)
    expect(hit('Voir l’endpoint')).toBe(true)
    expect(hit('Un salarié')).toBe(true)
    expect(hit('Délivrance')).toBe(false)
    expect(hit('Statut : {{endpoint}}')).toBe(false)
    expect(hit('la valeur `endpoint`')).toBe(false)
  })

  test('no French string of the console uses one', () => {
    const found = namespaces.flatMap(({ name, fr }) =>
      offences(
        name,
        [...leaves(fr)].flatMap(([key, value]) =>
          [value]
            .flat()
            .map((text, index): [string, string] => [Array.isArray(value) ? `${key}[${index}]` : key, text]),
        ),
      ),
    )
    expect(found).toEqual([])
  })

  test('no French alert message uses one', () => {
    const messages = alertConditions.flatMap((condition) =>
      [500, 401, 404, 408, 429, 302, null].flatMap((code) =>
        (['opened', 'recovered'] as const).map((message) =>
          renderMessage(
            facts({
              condition,
              message,
              lastFailureCode: code,
              closedAt: message === 'recovered' ? new Date('2026-12-01T12:00:00Z') : null,
            }),
            'fr',
          ),
        ),
      ),
    )
    const found = offences(
      'server/alerts/messages.ts',
      messages.flatMap((message, index): [string, string][] => [
        [`#${index} subject`, message.subject],
        [`#${index} text`, message.text],
      ]),
    )
    expect(found).toEqual([])
  })
})
