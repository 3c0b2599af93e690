/** A query string of the values that are set, in a stable order (empty ones mean "any"; lists are comma-separated). */
export function searchOf(
  values: Record<string, string | number | readonly string[] | null | undefined>,
): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(values)) {
    const text = Array.isArray(value) ? value.join(',') : String(value ?? '')
    if (text) search.set(key, text)
  }
  return search.toString()
}
