import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { testCertificate } from './tls.ts'

/** One request a hook server received, its body exactly as sent (to recompute a signature). */
export interface ReceivedHook {
  path: string
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A real SMTP server on loopback keeping the messages it accepted, raw and parsed; `port` reopens one. */
export async function mailServer(port = 0) {
  const mails: { raw: string; parsed: ParsedMail }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        void simpleParser(raw).then((parsed) => {
          mails.push({ raw, parsed })
          done()
        })
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const bound = (server.server.address() as AddressInfo).port
  return { mails, port: bound, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

export type HookServer = Awaited<ReturnType<typeof hookServer>>

/** A real HTTPS server on loopback standing in for Slack, Teams and a customer's hook: it answers 200. */
export async function hookServer() {
  const { key, cert } = await testCertificate()
  const received: ReceivedHook[] = []
  const server = createServer({ key, cert }, (request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      })
      response.writeHead(200).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The certificate its TLS is served under, for the sender to trust. */
    ca: cert,
    received,
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
