/**
 * The one place the SPA calls `fetch`. Every call goes to the proxy on the same origin; the proxy
 * rejects writes without the CSRF marker header, so it is added here rather than at each call site.
 */
export function send(request: Request): Promise<Response> {
  const safe = request.method === 'GET' || request.method === 'HEAD'
  if (!safe) request.headers.set('X-Console-Request', '1')
  // Looked up at call time (not captured at import) so tests can swap the network.
  return globalThis.fetch(request)
}
