// The first paint (ADR 0020): the proxy paints the endpoint list's frame into the HTML for a signed-in admin
// (server/proxy/first-paint.ts), in the language and scheme these cookies remember. The first screen the SPA
// renders takes its place.

/** Removes the proxy's painted frame, once the SPA has something of its own to show in its place. */
export function dismissFirstPaint(): void {
  document.getElementById('first-paint')?.remove()
}

/** What the proxy needs to paint the next first visit as the SPA will render it: never a secret. */
export function rememberForFirstPaint(name: 'console.language' | 'console.scheme', value: string): void {
  if (typeof document === 'undefined') return
  const secure = location.protocol === 'https:' ? '; Secure' : ''
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`
}
