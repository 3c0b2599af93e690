// Two replicas on one PostgreSQL, both evaluating the alert rules and sending what waits in the outbox, to a
// real SMTP server and a real HTTPS hook on loopback. Each message arrives once, whichever replica takes it;
// a replica killed (SIGKILL) in the middle of a send leaves its messages claimed in the database, and the
// other sends them once the claim runs out: they arrive once, and the Alerts API says sent.
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { z } from 'zod'
import { AlertsPageSchema, type AlertDispatch } from '../../contract/console-alerts-api.ts'
import { eventually } from '../../testing/eventually.ts'
import { startLucca, type Lucca } from '../../testing/lucca.ts'
import { createDatabase, startPostgres, type TestPostgres } from '../../testing/postgres.ts'
import { startStack, type ProcessStack } from '../../testing/stack.ts'
import { testCertificate } from '../../testing/tls.ts'

const CLAIM_SECONDS = 10
/** The outbox's round in each replica (server/alerts/start.ts). */
const OUTBOX_EVERY_MS = 5_000

interface Mail {
  from: string
  to: string
  subject: string
}
/** Mails answered "250 OK", and those whose DATA the server holds unanswered (the sender waits for it). */
const mails = { accepted: [] as Mail[], held: [] as Mail[], holdNext: false }
const hooks: { path: string; headers: Record<string, string>; body: string }[] = []

let postgres: TestPostgres
let lucca: Lucca
let smtp: SMTPServer
let hookServer: Server
let hooksUrl = ''
let caDir = ''
const names = ['a', 'b'] as const
const replicas = new Map<(typeof names)[number], ProcessStack>()

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, done) {
      simpleParser(stream).then((parsed) => {
        const mail = {
          from: parsed.from?.value[0]?.address ?? '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', '),
          subject: parsed.subject ?? '',
        }
        if (!mails.holdNext) {
          mails.accepted.push(mail)
          return done()
        }
        mails.holdNext = false
        mails.held.push(mail)
      }, done)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const smtpPort = (smtp.server.address() as AddressInfo).port

  const { key, cert } = await testCertificate()
  hookServer = createServer({ key, cert }, (request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      )
      hooks.push({ path: request.url ?? '', headers, body })
      response.writeHead(200).end('ok')
    })
  })
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve))
  hooksUrl = `https://127.0.0.1:${(hookServer.address() as AddressInfo).port}`
  // The consoles trust the hook's certificate authority through Node's own variable, as for a company's CA.
  caDir = await mkdtemp(join(tmpdir(), 'alerts-ca-'))
  await writeFile(join(caDir, 'ca.pem'), cert)

  postgres = await startPostgres()
  lucca = await startLucca({ emulator: 'in-process' })
  const env = {
    DATABASE_URL: await createDatabase(postgres, 'alerts_replicas'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    COLLECTOR: 'on',
    COLLECTOR_BUDGET_PER_MINUTE: '20',
    ALERTS_CHECK_SECONDS: '1',
    // The shortest claim allowed, so the test waits 10 s for a dead replica's messages, not 2 minutes.
    ALERTS_CLAIM_SECONDS: String(CLAIM_SECONDS),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    NODE_EXTRA_CA_CERTS: join(caDir, 'ca.pem'),
  }
  // Each sends its mails with a From of its own: that is how the test tells which replica sent one.
  await Promise.all(
    names.map(async (name) => {
      const from = `Replica ${name} <replica-${name}@acme.example>`
      replicas.set(name, await startStack({ lucca, env: { ...env, ALERT_FROM: from } }))
    }),
  )
}, 90_000)

afterAll(async () => {
  await Promise.all([...replicas.values()].map((stack) => stack.close()))
  await lucca?.close()
  await postgres?.close()
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
  hookServer?.closeAllConnections()
  await new Promise<void>((resolve) => (hookServer ? hookServer.close(() => resolve()) : resolve()))
  if (caDir) await rm(caDir, { recursive: true, force: true })
})

const replica = (name: (typeof names)[number]) => {
  const stack = replicas.get(name)
  if (!stack) throw new Error(`no replica ${name}`)
  return stack
}

const subjects = {
  en: {
    opened: '[Lucca webhooks] Payroll sync needs attention',
    recovered: '[Lucca webhooks] Payroll sync works again',
  },
  fr: {
    opened: '[Webhooks Lucca] Payroll sync demande votre attention',
    recovered: '[Webhooks Lucca] Payroll sync fonctionne de nouveau',
  },
}
const headlines = { opened: 'Payroll sync was suspended by Lucca', recovered: 'Payroll sync works again' }

/** What each dispatch should have made arrive, one line each. */
function expectedOf(dispatches: AlertDispatch[]): string[] {
  return dispatches
    .map((d) =>
      d.kind === 'email'
        ? `mail ${d.target}: ${subjects[d.language][d.message]}`
        : d.kind === 'webhook'
          ? `hook ${d.id}: alert.${d.message}`
          : `slack: ${headlines[d.message]}`,
    )
    .sort()
}

const SlackSchema = z.object({ text: z.string() })
const SignedEventSchema = z.object({ type: z.string() })

/** What arrived, one line per mail accepted and hook received; a signed hook by its id, once its signature is checked. */
function arrived(secret: string): string[] {
  return [
    ...mails.accepted.map((mail) => `mail ${mail.to}: ${mail.subject}`),
    ...hooks.map(({ path, headers, body }) => {
      if (path.startsWith('/slack')) return `slack: ${SlackSchema.parse(JSON.parse(body)).text}`
      const event = SignedEventSchema.parse(new Webhook(secret).verify(body, headers))
      return `hook ${headers['webhook-id']}: ${event.type}`
    }),
  ].sort()
}

async function alertsOn(stack: ProcessStack, cookie: string) {
  const answer = await stack.call('/api/alerts?limit=10', { cookie })
  expect(answer.status, answer.text).toBe(200)
  return AlertsPageSchema.parse(answer.json())
}

test('an outage’s messages reach the mail server and the hook once across two replicas; a replica killed mid-send leaves them to the other', async () => {
  const a = replica('a')
  const cookie = await a.signIn()
  const secret = z
    .object({ secret: z.string() })
    .parse((await a.call('/api/alerts/signing-secret', { cookie })).json()).secret

  const created = await a.call('/lucca-api/webhook-endpoints', {
    method: 'POST',
    cookie,
    body: {
      name: 'Payroll sync',
      webhookUrl: `${lucca.receiverUrl}/switch/payroll`,
      topics: ['employee.created'],
      status: 'active',
    },
  })
  expect(created.status, created.text).toBe(201)
  const endpoint = z.object({ id: z.string() }).parse(created.json())
  const rule = await a.call('/api/alerts/rules', {
    method: 'POST',
    cookie,
    body: {
      name: 'Payroll suspended',
      enabled: true,
      condition: 'suspended',
      endpointId: endpoint.id,
      notifyRecovery: true,
      recipients: [
        { kind: 'email', address: 'payroll-it@acme.example', language: 'en' },
        { kind: 'email', address: 'paie@acme.fr', language: 'fr' },
        { kind: 'webhook', url: `${hooksUrl}/alerts`, language: 'en' },
        { kind: 'slack', url: `${hooksUrl}/slack/T000/B000/token`, language: 'en' },
      ],
    },
  })
  expect(rule.status, rule.text).toBe(201)

  // The receiver is gone (410): Lucca suspends the endpoint at once; the collector reads it; an alert opens.
  await a.receiver.setSwitch('payroll', 410)
  await a.emulator.emitEvent({ topic: 'employee.created', data: { id: 1, firstName: 'Camille' } })
  const opened = await eventually(
    async () => {
      const page = await alertsOn(replica('b'), cookie)
      const alert = page.items[0]
      expect(alert?.dispatches.map((d) => d.status)).toEqual(['sent', 'sent', 'sent', 'sent'])
      return alert
    },
    75_000,
    500,
  )
  expect(arrived(secret)).toEqual(expectedOf(opened?.dispatches ?? []))

  // Repaired and re-activated: the alert closes and its "recovered" messages are due at once. The mail server
  // holds the first of them unanswered: the replica sending it is the one to kill.
  mails.holdNext = true
  await a.receiver.setSwitch('payroll', 202)
  const reactivated = await a.call(`/lucca-api/webhook-endpoints/${endpoint.id}`, {
    method: 'PATCH',
    cookie,
    body: { status: 'active' },
  })
  expect(reactivated.status, reactivated.text).toBe(200)
  const held = await eventually(
    async () => {
      expect(mails.held).toHaveLength(1)
      return mails.held[0] as Mail
    },
    30_000,
    50,
  )
  const victim = held.from === 'replica-a@acme.example' ? 'a' : 'b'
  const survivor = victim === 'a' ? 'b' : 'a'
  expect(held.from).toBe(`replica-${victim}@acme.example`)
  const heldDispatch = (alert: { dispatches: AlertDispatch[] } | undefined) =>
    alert?.dispatches.find((d) => d.message === 'recovered' && d.kind === 'email' && d.target === held.to)
  // While it is held, the other replica's outbox comes round (every 5 s): it must leave that message to the
  // one that claimed it. (Under 10 s: past that, the sender's own timeout would give up on it.)
  await new Promise((resolve) => setTimeout(resolve, OUTBOX_EVERY_MS + 1_000))
  expect(heldDispatch((await alertsOn(replica(survivor), cookie)).items[0])).toMatchObject({
    status: 'pending',
    attempts: 1,
  })
  expect(mails.held).toHaveLength(1)
  expect(mails.accepted.filter((mail) => mail.to === held.to && mail.subject === held.subject)).toEqual([])
  replica(victim).console.child.process.kill('SIGKILL')
  await replica(victim).console.child.exited

  const closed = await eventually(
    async () => {
      const alert = (await alertsOn(replica(survivor), cookie)).items[0]
      expect(alert?.closedAt).not.toBeNull()
      expect(alert?.dispatches.map((d) => d.status)).toEqual(Array(8).fill('sent'))
      return alert
    },
    CLAIM_SECONDS * 1000 + 30_000,
    500,
  )
  // Claimed twice: by the replica that died holding it and, once that claim ran out, by the survivor.
  expect(heldDispatch(closed)?.attempts).toBe(2)
  const delivered = mails.accepted.filter((mail) => mail.to === held.to && mail.subject === held.subject)
  expect(delivered).toEqual([{ ...held, from: `replica-${survivor}@acme.example` }])

  // Once sent, a message is never claimed again; a second send could come only from a replica that claimed it
  // earlier and whose claim ran out. Waiting a claim and a round of the outbox gives any such duplicate time
  // to arrive.
  await new Promise((resolve) => setTimeout(resolve, CLAIM_SECONDS * 1000 + OUTBOX_EVERY_MS + 1_000))
  expect(arrived(secret)).toEqual(expectedOf(closed?.dispatches ?? []))
  expect(mails.held).toHaveLength(1)
}, 180_000)
