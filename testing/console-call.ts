import type { LeakWatch } from './leak-watch.ts'

interface CallInit {
  method?: string
  body?: unknown
  /** The `Cookie` header; none when absent or null. */
  cookie?: string | null
  headers?: Record<string, string>
}

export interface Answer {
  status: number
  headers: Headers
  text: string
  json(): unknown
}

export type Call = (path: string, init?: CallInit) => Promise<Answer>

/**
 * fetch() as the SPA does it: same origin, the CSRF header on writes, the session cookie if given. What the
 * "browser" sees goes to `watch`, and every cookie value it is given becomes a secret to look for.
 */
export function consoleCall(consoleUrl: string, watch?: LeakWatch): Call {
  return async (path, init = {}) => {
    const method = init.method ?? 'GET'
    const headers: Record<string, string> = {
      origin: consoleUrl,
      'sec-fetch-site': 'same-origin',
      ...init.headers,
    }
    if (method !== 'GET' && method !== 'HEAD') headers['x-console-request'] ??= '1'
    if (init.cookie) headers.cookie = init.cookie
    if (init.body !== undefined) headers['content-type'] ??= 'application/json'
    const response = await fetch(`${consoleUrl}${path}`, {
      method,
      headers,
      ...(init.body !== undefined
        ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
        : {}),
    })
    const text = await response.text()
    if (watch) {
      // The Set-Cookie that carries the session is the one place its value may appear.
      const visible = [...response.headers].filter(([name]) => name !== 'set-cookie')
      watch.seenByBrowser.push(JSON.stringify(visible), text)
      for (const cookie of response.headers.getSetCookie()) {
        const value = cookie.split(';')[0]?.split('=').slice(1).join('=')
        if (value) watch.secret(value, decodeURIComponent(value))
      }
    }
    return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) }
  }
}

/** Signs in through the console's session API and returns the `Cookie` header that carries the session. */
export async function signIn(call: Call, username: string, password: string): Promise<string> {
  const response = await call('/api/session', { method: 'POST', body: { username, password } })
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.text}`)
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '')
  if (cookies.length === 0) throw new Error('sign-in set no cookie')
  return cookies.join('; ')
}
