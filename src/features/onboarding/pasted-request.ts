/**
 * Headers as an admin pastes them: `Name: value` lines (from logs, curl -v, a request bin) or a JSON object
 * (what many tools export). Names are lower-cased, as HTTP treats them.
 */
export function parseHeaders(text: string): Record<string, string> {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      if (typeof parsed === 'object' && parsed !== null) {
        const headers: Record<string, string> = {}
        for (const [name, value] of Object.entries(parsed)) {
          if (typeof value === 'string') headers[name.toLowerCase()] = value
        }
        return headers
      }
    } catch {
      // Not JSON after all: read it as lines.
    }
  }
  const headers: Record<string, string> = {}
  for (const line of trimmed.split(/\r?\n/)) {
    // `> Header: value` / `< Header: value` from curl -v.
    const match = /^[<>]?\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*:\s*(.*)$/.exec(line)
    if (match?.[1] && match[2] !== undefined) headers[match[1].toLowerCase()] = match[2].trim()
  }
  return headers
}
