import { connect } from 'node:net'

/**
 * Sends a request line exactly as written: fetch() and URL() would normalise `..` and
 * percent-encoding away, which is the very thing the attack corpus must get past us.
 */
export function rawRequest(
  url: string,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body = '',
) {
  const { hostname, port } = new URL(url)
  return new Promise<number>((resolve, reject) => {
    const socket = connect(Number(port), hostname)
    let data = ''
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => {
      data += chunk
      const match = /^HTTP\/1\.1 (\d{3})/.exec(data)
      if (match) {
        socket.destroy()
        resolve(Number(match[1]))
      }
    })
    socket.on('error', reject)
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)))
    const host = headers.Host ?? `${hostname}:${port}`
    const lines = [`${method} ${target} HTTP/1.1`, `Host: ${host}`, 'Connection: close']
    for (const [name, value] of Object.entries(headers)) if (name !== 'Host') lines.push(`${name}: ${value}`)
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`, 'latin1')
  })
}
