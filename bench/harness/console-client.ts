import { consoleHeaders, signIn } from './session.ts'

export interface Answer {
  status: number
  headers: Headers
  body: unknown
}

export interface ConsoleClient {
  get(path: string): Promise<Answer>
  post(path: string, body: unknown): Promise<Answer>
}

async function read(response: Response): Promise<Answer> {
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // Not JSON (e.g. the SPA's HTML): keep the text.
  }
  return { status: response.status, headers: response.headers, body }
}

/** A signed-in admin talking to the proxy as the SPA does (same-origin, CSRF header on writes). */
export async function consoleClient(url: string, admin: { username: string; password: string }) {
  const cookie = await signIn(url, admin)
  const client: ConsoleClient = {
    get: async (path) => read(await fetch(`${url}${path}`, { headers: { Cookie: cookie } })),
    post: async (path, body) =>
      read(
        await fetch(`${url}${path}`, {
          method: 'POST',
          headers: consoleHeaders(url, cookie),
          body: JSON.stringify(body),
        }),
      ),
  }
  return client
}
