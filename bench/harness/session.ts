/** Signs in through the proxy's session API and returns the `Cookie` header that carries the session. */
export async function signIn(consoleUrl: string, credentials: { username: string; password: string }) {
  const response = await fetch(`${consoleUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Console-Request': '1', Origin: consoleUrl },
    body: JSON.stringify(credentials),
  })
  if (response.status !== 200)
    throw new Error(`sign-in answered ${response.status}: ${await response.text()}`)
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '')
  if (cookies.length === 0) throw new Error('sign-in set no cookie')
  return cookies.join('; ')
}

/** Headers for a state-changing call through the proxy (CSRF rules in docs/architecture.md). */
export function consoleHeaders(consoleUrl: string, cookie: string): Record<string, string> {
  return { Cookie: cookie, 'X-Console-Request': '1', Origin: consoleUrl, 'Content-Type': 'application/json' }
}
