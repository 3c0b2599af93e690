import { createHmac } from 'node:crypto'
import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { hookServer, mailServer, type HookServer } from '../../testing/alert-sinks.ts'
import { bothEngines } from '../../testing/databases.ts'
import { seedEndpoint } from '../../testing/history-seed.ts'
import type { Database } from '../db/database.ts'
import { AlertStore } from './alert-store.ts'
import { createSender } from './channels.ts'
import { Outbox, retryDelay } from './outbox.ts'

const engines = bothEngines()
const OPENED = new Date('2026-11-29T13:02:00Z')

let hooks: HookServer

beforeAll(async () => {
  hooks = await hookServer()
})
afterAll(() => hooks.close())

/** An open alert on `ep-1` with one message per recipient kind, as the evaluator queues them. */
async function seedAlert(db: Database, now: Date) {
  await seedEndpoint(db, 'acme', { id: 'ep-1', name: 'HR data warehouse' })
  await db
    .insertInto('alerts')
    .values({
      account_id: 'acme',
      id: 'al-1',
      rule_id: 'r-1',
      rule_name: 'An integration is failing',
      condition: 'receiver-gone',
      endpoint_id: 'ep-1',
      opened_at: OPENED,
      detected_at: OPENED,
      failed_deliveries: 3,
      last_failure_code: 404,
      last_failure_at: OPENED,
    })
    .execute()
  const dispatch = (id: string, kind: string, destination: string, language: 'en' | 'fr') => ({
    account_id: 'acme',
    id,
    alert_id: 'al-1',
    message: 'opened' as const,
    kind,
    destination,
    language,
    status: 'pending' as const,
    next_attempt_at: now,
    created_at: now,
  })
  await db
    .insertInto('alert_dispatches')
    .values([
      dispatch('d-mail-fr', 'email', 'rh@acme.fr', 'fr'),
      dispatch('d-slack', 'slack', `${hooks.url}/slack/T000/B000/token`, 'en'),
      dispatch('d-teams', 'teams', `${hooks.url}/teams`, 'en'),
      dispatch('d-hook', 'webhook', `${hooks.url}/hook`, 'en'),
    ])
    .execute()
}

describe.each(engines)('on %s', (_name, fresh) => {
  test('each message reaches its real server once: the email in French with its links, chat cards, a signed hook', async () => {
    const { db } = await fresh()
    const now = Date.parse('2026-11-29T14:00:00Z')
    const mail = await mailServer()
    const store = new AlertStore(db, () => now)
    const sender = createSender({
      smtpUrl: `smtp://127.0.0.1:${mail.port}`,
      from: 'Console <console@acme.example>',
      signingSecret: async (accountId) => (await store.signingSecret(accountId)).secret,
      ca: hooks.ca,
    })
    const outbox = new Outbox(db, {
      send: sender.send,
      claimMs: 2 * 60_000,
      origin: () => 'https://webhooks.acme.example',
      now: () => now,
    })
    await seedAlert(db, new Date(now))
    hooks.received.length = 0
    try {
      expect(await outbox.run()).toBe(4)
      expect(await outbox.run()).toBe(0) // nothing is sent twice

      expect(mail.mails).toHaveLength(1)
      const [{ raw, parsed }] = mail.mails as [{ raw: string; parsed: ParsedMail }]
      expect(parsed.from?.value[0]).toMatchObject({ name: 'Console', address: 'console@acme.example' })
      expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toBe('rh@acme.fr')
      expect(parsed.subject).toBe('[Webhooks Lucca] HR data warehouse demande votre attention')
      expect(raw).toMatch(/^Content-Language: fr$/m)
      expect(parsed.text).toContain('Depuis le 29 novembre 2026 à 14:02.')
      expect(parsed.text).toContain(
        'Cause probable : l’application destinataire indique que cette adresse n’existe pas',
      )
      expect(parsed.text).toContain('Ouvrir l’intégration : https://webhooks.acme.example/endpoints/ep-1')
      expect(parsed.html).toContain('href="https://webhooks.acme.example/endpoints/ep-1/recover"')

      const slack = hooks.received.find((hook) => hook.path.startsWith('/slack'))
      expect(JSON.parse(slack?.body ?? '{}')).toMatchObject({
        text: 'HR data warehouse is answered “this address does not exist”',
      })
      const teams = JSON.parse(hooks.received.find((hook) => hook.path === '/teams')?.body ?? '{}') as {
        attachments: { contentType: string }[]
      }
      expect(teams.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive')

      // The generic hook, checked as Standard Webhooks define it, without the library that signed it.
      const hook = hooks.received.find((one) => one.path === '/hook')
      const { secret } = await store.signingSecret('acme')
      const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
      const id = String(hook?.headers['webhook-id'])
      const timestamp = String(hook?.headers['webhook-timestamp'])
      const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${hook?.body}`).digest('base64')
      expect(String(hook?.headers['webhook-signature']).split(' ')).toContain(`v1,${expected}`)
      expect(JSON.parse(hook?.body ?? '{}')).toMatchObject({
        type: 'alert.opened',
        condition: 'receiver-gone',
        failedDeliveries: 3,
        lastFailureCode: 404,
      })
      const page = await store.alerts('acme', { limit: 10 })
      expect(page.items[0]?.dispatches.map((d) => d.status)).toEqual(['sent', 'sent', 'sent', 'sent'])
      // A hook's path may hold its token: admins see its host only.
      expect(page.items[0]?.dispatches.find((d) => d.kind === 'slack')?.target).toBe(
        `${new URL(hooks.url).host}/…`,
      )
    } finally {
      await sender.close()
      await mail.close()
    }
  })

  test('two replicas, sends slower than the claim: each message is sent once', async () => {
    const { db } = await fresh()
    let now = Date.parse('2026-11-29T14:00:00Z')
    await seedAlert(db, new Date(now))
    const sent: string[] = []
    const options = { claimMs: 60_000, origin: () => 'https://webhooks.acme.example', now: () => now }
    const other = new Outbox(db, {
      ...options,
      send: async (_account, outgoing) => void sent.push(outgoing.id),
    })
    // 25 s a message; during the third, the other replica's round comes, past the first one's claim.
    const slow = new Outbox(db, {
      ...options,
      send: async (_account, outgoing) => {
        sent.push(outgoing.id)
        now += 25_000
        if (sent.length === 3) await other.run()
      },
    })
    await slow.run()
    expect(sent.toSorted()).toEqual(['d-hook', 'd-mail-fr', 'd-slack', 'd-teams'])
    const page = await new AlertStore(db, () => now).alerts('acme', { limit: 1 })
    expect(page.items[0]?.dispatches.map((d) => [d.status, d.attempts])).toEqual(Array(4).fill(['sent', 1]))
  })

  test('a send that outlasts its claim, then fails, leaves sent what another replica sent meanwhile', async () => {
    const { db } = await fresh()
    let now = Date.parse('2026-11-29T14:00:00Z')
    await seedAlert(db, new Date(now))
    await db.deleteFrom('alert_dispatches').where('id', '<>', 'd-hook').execute()
    const options = { claimMs: 60_000, origin: () => 'https://webhooks.acme.example', now: () => now }
    const other = new Outbox(db, { ...options, send: async () => undefined })
    const stuck = new Outbox(db, {
      ...options,
      send: async () => {
        now += 90_000
        expect(await other.run()).toBe(1)
        throw new Error('timed out')
      },
    })
    expect(await stuck.run()).toBe(0)
    const store = new AlertStore(db, () => now)
    expect((await store.alerts('acme', { limit: 1 })).items[0]?.dispatches[0]?.status).toBe('sent')
    now += 60 * 60_000
    expect(await other.run()).toBe(0)
  })

  test('a mail server down for 10 minutes: retried with back-off, shown failing, sent once when it returns', async () => {
    const { db } = await fresh()
    let now = Date.parse('2026-11-29T14:00:00Z')
    const down = await mailServer()
    const port = down.port
    await down.close()
    const store = new AlertStore(db, () => now)
    const sender = createSender({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'console@acme.example',
      signingSecret: async (accountId) => (await store.signingSecret(accountId)).secret,
      ca: hooks.ca,
      timeoutMs: 2_000,
    })
    const outbox = new Outbox(db, {
      send: sender.send,
      claimMs: 2 * 60_000,
      origin: () => 'https://webhooks.acme.example',
      now: () => now,
    })
    await seedAlert(db, new Date(now))
    await db.deleteFrom('alert_dispatches').where('id', '<>', 'd-mail-fr').execute()
    try {
      const tries: number[] = []
      for (let minute = 0; minute <= 10; minute += 1) {
        now = Date.parse('2026-11-29T14:00:00Z') + minute * 60_000
        const before = (await store.alerts('acme', { limit: 1 })).items[0]?.dispatches[0]?.attempts ?? 0
        await outbox.run()
        const after = (await store.alerts('acme', { limit: 1 })).items[0]?.dispatches[0]
        if ((after?.attempts ?? 0) > before) tries.push(minute)
        expect(after?.status).toBe('failing')
      }
      // 30 s, 1, 2, 4 minutes… apart: not every minute.
      expect(tries).toEqual([0, 1, 2, 4, 8])
      expect(retryDelay(20)).toBe(30 * 60_000)
      const page = await store.alerts('acme', { limit: 1 })
      expect(page.failingDispatches).toBe(1)
      expect(page.items[0]?.dispatches[0]?.lastError).toMatch(/ECONNREFUSED|connect/i)

      const back = await mailServer(port)
      try {
        now += 30 * 60_000
        expect(await outbox.run()).toBe(1)
        now += 60 * 60_000
        expect(await outbox.run()).toBe(0)
        expect(back.mails).toHaveLength(1)
        expect((await store.alerts('acme', { limit: 1 })).failingDispatches).toBe(0)
      } finally {
        await back.close()
      }
    } finally {
      await sender.close()
    }
  })
})
