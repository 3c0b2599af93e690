/**
 * A browser as far as company sign-in needs one: a cookie jar (the console and the provider are both on
 * 127.0.0.1, and cookies ignore the port, as in a real browser), redirects followed by hand, and the
 * provider's dev login, consent and logout forms filled in.
 */
export function oidcBrowser() {
  const jar = new Map<string, string>()
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0] ?? ''
      const name = pair.slice(0, pair.indexOf('='))
      const value = pair.slice(pair.indexOf('=') + 1)
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) jar.delete(name)
      else jar.set(name, value)
    }
  }
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ')

  /** The form a page of the provider asks to submit, as the user would: sign in as `sub`, agree, sign out. */
  const answer = (html: string, url: string, sub: string) => {
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]
    if (!action) return null
    const fields = new URLSearchParams()
    for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
      fields.set(name ?? '', value ?? '')
    if (html.includes('name="login"')) fields.set('login', sub)
    if (html.includes('name="password"')) fields.set('password', 'any')
    if (html.includes('op.logoutForm')) fields.set('logout', 'yes')
    return { url: new URL(action.replaceAll('&amp;', '&'), url).href, body: fields.toString() }
  }

  /**
   * Goes to `start` and on, as `sub`, until `stop` says a URL is where to look (its answer is returned,
   * with its text), or a page has nothing more to follow. With `before`, a URL it accepts is not visited:
   * it comes back as `unsent`, with the `Cookie` header the browser would send there.
   */
  async function walk(
    start: string,
    sub: string,
    stop: (url: URL) => boolean,
    before?: (url: URL) => boolean,
  ) {
    let url = start
    let body: string | undefined
    for (let step = 0; step < 20; step += 1) {
      if (before?.(new URL(url))) return { unsent: { url, cookie: cookieHeader() } }
      const response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        redirect: 'manual',
        headers: {
          cookie: cookieHeader(),
          ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        },
        ...(body === undefined ? {} : { body }),
      })
      keep(response)
      const text = await response.text()
      if (stop(new URL(url))) return { url, status: response.status, text, headers: response.headers }
      const location = response.headers.get('location')
      body = undefined
      if (location) {
        url = new URL(location, url).href
        continue
      }
      const form = answer(text, url, sub)
      if (!form) return { url, status: response.status, text, headers: response.headers }
      url = form.url
      body = form.body
    }
    throw new Error(`the walk from ${start} did not end`)
  }

  return {
    jar,
    /** The console's session cookie, as the `Cookie` header of a later call; null when there is none. */
    session: () => {
      const value = jar.get('__Host-console-session')
      return value ? `__Host-console-session=${value}` : null
    },
    async walk(start: string, sub: string, stop: (url: URL) => boolean) {
      const reached = await walk(start, sub, stop)
      if ('unsent' in reached) throw new Error('unreachable: no `before` was given')
      return reached
    },
    /** The request a URL `at` accepts would be, unsent: what an attacker who copied it would replay. */
    async reach(start: string, sub: string, at: (url: URL) => boolean) {
      const reached = await walk(start, sub, () => false, at)
      if (!('unsent' in reached)) throw new Error(`the walk from ${start} did not reach its goal`)
      return reached.unsent
    },
  }
}
