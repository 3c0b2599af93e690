// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const formulaStart = /^[=+\-@\t\r]/

/** A value as an exported CSV cell: empty for null, and never read as a formula. */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  return formulaStart.test(text) ? `'${text}` : text
}
