import type { Row } from './results.ts'

const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'yes' : '**no**')

/** A Markdown table, so the output can be pasted into the README as it is. */
export function markdownTable(sections: { name: string; rows: Row[] }[]): string {
  const lines = ['| section | metric | value | target | met |', '|---|---|---|---|---|']
  for (const { name, rows } of sections) {
    for (const row of rows) {
      lines.push(`| ${name} | ${row.metric} | ${row.value} | ${row.target ?? ''} | ${mark(row.ok)} |`)
    }
  }
  return lines.join('\n')
}
