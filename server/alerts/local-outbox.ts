import { randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { Webhook } from 'standardwebhooks'
import type { LocalOutboxItem } from '../../contract/console-alerts-api.ts'
import { createCertificate } from '../receiver/certificate.ts'

const KEEP = 200
const MAX_BYTES = 1024 * 1024

export interface LocalOutbox {
  /** `smtp://127.0.0.1:<port>`: the mail server the console sends to on the embedded default. */
  smtpUrl: string
  /** `https://127.0.0.1:<port>`: hooks under it (`/slack`, `/teams`, `/webhook`) are received here. */
  hooksUrl: string
  /** The certificate the console's sender trusts for those hooks. */
  ca: string
  items(): LocalOutboxItem[]
  close(): Promise<void>
}

/**
 * What the embedded default sends alerts to, so a first try shows them without any setup: a mail server
 * and chat hooks on loopback that keep the last messages they received (newest first), the signed hook's
 * signature checked with the account's secret.
 */
export async function startLocalOutbox(
  signingSecret: () => Promise<string>,
  host = '127.0.0.1',
): Promise<LocalOutbox> {
  const received: LocalOutboxItem[] = []
  const keep = (item: LocalOutboxItem) => {
    received.unshift(item)
    received.length = Math.min(received.length, KEEP)
  }

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: MAX_BYTES,
    logger: false,
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          keep({
            id: randomUUID(),
            kind: 'email',
            receivedAt: new Date().toISOString(),
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', '),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : null,
            json: null,
            signatureValid: null,
          })
          done()
        })
        .catch((error: unknown) => done(error instanceof Error ? error : new Error(String(error))))
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, host, resolve))
  const smtpPort = (smtp.server.address() as AddressInfo).port

  const { key, cert } = await createCertificate()
  const hooks: Server = createServer({ key, cert }, (request, response) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BYTES) chunks.push(chunk)
    })
    request.on('end', () => {
      void (async () => {
        const kind = (/^\/(slack|teams|webhook)\b/.exec(request.url ?? '')?.[1] ?? null) as
          'slack' | 'teams' | 'webhook' | null
        if (request.method !== 'POST' || !kind || size > MAX_BYTES) {
          response.writeHead(404).end()
          return
        }
        const body = Buffer.concat(chunks).toString('utf8')
        let json: unknown = null
        try {
          json = JSON.parse(body)
        } catch {
          response.writeHead(400).end()
          return
        }
        let signatureValid: boolean | null = null
        if (kind === 'webhook') {
          try {
            new Webhook(await signingSecret()).verify(body, headersOf(request.headers))
            signatureValid = true
          } catch {
            signatureValid = false
          }
        }
        keep({
          id: randomUUID(),
          kind,
          receivedAt: new Date().toISOString(),
          to: request.url ?? '/',
          subject: titleOf(kind, json),
          text: textOf(kind, json),
          html: null,
          json,
          signatureValid,
        })
        response.writeHead(kind === 'webhook' ? 204 : 200).end(kind === 'webhook' ? undefined : 'ok')
      })()
    })
  })
  await new Promise<void>((resolve) => hooks.listen(0, host, resolve))
  const hooksPort = (hooks.address() as AddressInfo).port

  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    hooksUrl: `https://${host}:${hooksPort}`,
    ca: cert,
    items: () => [...received],
    close: async () => {
      hooks.closeAllConnections()
      await new Promise<void>((resolve) => hooks.close(() => resolve()))
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
    },
  }
}

function headersOf(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) if (typeof value === 'string') flat[name] = value
  return flat
}

type Loose = Record<string, unknown> | null
const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Loose)?.[key] : undefined), value)

function titleOf(kind: 'slack' | 'teams' | 'webhook', json: unknown): string {
  const title =
    kind === 'slack'
      ? field(json, 'text')
      : kind === 'teams'
        ? field(json, 'summary')
        : `${String(field(json, 'type'))}: ${String(field(json, 'endpoint', 'name'))}`
  return typeof title === 'string' ? title : ''
}

function textOf(kind: 'slack' | 'teams' | 'webhook', json: unknown): string {
  if (kind === 'slack') {
    const blocks = field(json, 'blocks')
    return Array.isArray(blocks)
      ? blocks
          .map((block) => field(block, 'text', 'text'))
          .filter((text): text is string => typeof text === 'string')
          .join('\n\n')
      : ''
  }
  if (kind === 'teams') {
    const body = field(json, 'attachments')
    const first = Array.isArray(body) ? field(body[0], 'content', 'body') : null
    return Array.isArray(first)
      ? first
          .map((block) => field(block, 'text'))
          .filter((text): text is string => typeof text === 'string')
          .join('\n\n')
      : ''
  }
  return JSON.stringify(json, null, 2)
}
