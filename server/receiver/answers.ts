/** What the receiver does with a request, decided from its path alone (docs/architecture.md). */
export type Answer =
  | {
      kind: 'respond'
      status: number
      body: string | Buffer
      headers?: Record<string, string>
      delayMs?: number
    }
  | { kind: 'hang' }
  | { kind: 'reset' }

const bigBodyBytes = 10 * 1024 * 1024

export function decideAnswer(
  method: string,
  path: string,
  echo: string | null,
  switchStatus: (name: string) => number,
): Answer {
  const [head = '', arg = ''] = path.split('/').filter(Boolean)
  const challenge = method === 'GET' || method === 'HEAD'
  const echoBack: Answer = { kind: 'respond', status: 200, body: echo ?? '', headers: textPlain }
  switch (head) {
    case 'ok':
      return challenge ? echoBack : empty(202)
    case 'fail': {
      const code = Number(arg)
      if (!Number.isInteger(code) || code < 200 || code > 599) return text(400, `unknown status "${arg}"`)
      if (challenge) return isGone(code) ? text(code, 'gone') : echoBack
      return text(code, `receiver configured to fail with ${code}`)
    }
    case 'slow': {
      const delayMs = Number(arg)
      if (!Number.isInteger(delayMs) || delayMs < 0) return text(400, `bad delay "${arg}"`)
      return challenge ? echoBack : { kind: 'respond', status: 202, body: '', delayMs }
    }
    case 'hang':
      return { kind: 'hang' }
    case 'reset':
      return { kind: 'reset' }
    case 'redirect':
      return { kind: 'respond', status: 302, body: '', headers: { location: '/ok' } }
    case 'big':
      return challenge ? echoBack : { kind: 'respond', status: 500, body: Buffer.alloc(bigBodyBytes, 'x') }
    case 'switch': {
      const status = switchStatus(arg)
      if (challenge) return isGone(status) ? text(status, 'gone') : echoBack
      return status >= 200 && status < 300 ? empty(status) : text(status, `switch "${arg}" answers ${status}`)
    }
    default:
      return text(404, 'no such receiver path')
  }
}

const textPlain = { 'content-type': 'text/plain; charset=utf-8' }

function isGone(status: number): boolean {
  return status === 404 || status === 410
}

function empty(status: number): Answer {
  return { kind: 'respond', status, body: '' }
}

function text(status: number, body: string): Answer {
  return { kind: 'respond', status, body, headers: textPlain }
}
