import { createHmac } from 'node:crypto'
import type { ParsedMail } from 'mailparser'
import pino from 'pino'
import { afterEach, describe, expect, test } from 'vitest'
import { AlertRuleInputSchema, type AlertRuleInput } from '../../contract/console-alerts-api.ts'
import { hookServer, mailServer, type ReceivedHook } from '../../testing/alert-sinks.ts'
import { collectorRig } from '../../testing/collector-harness.ts'
import { bothEngines } from '../../testing/databases.ts'
import { emulatorControl, type EmulatorControl } from '../../testing/emulator-control.ts'
import { receiverControl } from '../../testing/receiver-control.ts'
import type { Database } from '../db/database.ts'
import { parseConfig } from '../proxy/config.ts'
import { startReceiver } from '../receiver/start.ts'
import { startAlerts } from './start.ts'

// Issue 15's scenarios on the emulator's virtual clock: Lucca retries and suspends, the collector reads it
// into the history, the evaluator and the outbox run on their own timers, and what they send reaches real
// servers on loopback: SMTP, and HTTPS hooks standing in for Slack, Teams and a customer's signed hook.
const engines = bothEngines()
const minute = 60_000
const ACCOUNT = 'acme' // the rig's collector collects this account
const PUBLIC_ORIGIN = 'https://webhooks.acme.example'
const ALERT_FROM = 'Acme HR alerts <hr-alerts@acme.example>'

type Mail = { raw: string; parsed: ParsedMail }

const closing: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close()
})

/**
 * An endpoint on the emulator whose receiver answers the `switch/<name>` path, the rig's collector reading
 * it, and the alerts started as the console starts them (ALERT_FROM, SMTP_URL, PUBLIC_ORIGIN), on the same
 * virtual clock, with `rules` for every channel.
 */
async function scene(db: Database, smtpPort: number, rules: (recipients: Recipients) => AlertRuleInput[]) {
  const receiverServer = await startReceiver()
  closing.push(() => receiverServer.close())
  const hooks = await hookServer()
  closing.push(() => hooks.close())
  // The evaluator and the outbox sleep on the rig's clock besides the collector.
  const rig = await collectorRig(db, { trustedCa: [receiverServer.ca], retryScale: 1, otherLoops: 2 })
  closing.push(() => rig.close())
  const lucca = emulatorControl(rig.url)
  const created = await lucca.api('POST', '/webhook-endpoints', {
    name: 'Payroll export',
    webhookUrl: `${receiverServer.url}/switch/payroll`,
    topics: ['employee.updated'],
    status: 'active',
  })
  expect(created.status).toBe(201)
  const endpointId = String((created.json as { id: string }).id)

  const config = parseConfig({
    ALERTS: 'on',
    ALERTS_CHECK_SECONDS: '30',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    ALERT_FROM,
    PUBLIC_ORIGIN,
  })
  const alerts = await startAlerts({
    db,
    config: config.alerts,
    embeddedAccountId: null,
    origin: () => config.publicOrigin ?? '',
    log: pino({ level: 'silent' }),
    clock: rig.driven,
    ca: hooks.ca,
  })
  closing.push(() => alerts.close())
  for (const rule of rules(recipientsOf(hooks.url)))
    await alerts.store.saveRule(ACCOUNT, null, AlertRuleInputSchema.parse(rule), 'admin', async () => {})
  rig.start()
  return {
    rig,
    lucca,
    receiver: receiverControl(receiverServer.url, receiverServer.ca),
    hooks,
    alerts,
    endpointId,
  }
}

type Recipients = AlertRuleInput['recipients']
function recipientsOf(hooksUrl: string): Recipients {
  return [
    { kind: 'email', address: 'rh@acme.fr', language: 'fr' },
    { kind: 'email', address: 'it-ops@acme.example', language: 'en' },
    { kind: 'slack', url: `${hooksUrl}/slack/T0001/B0001/secret-token`, language: 'en' },
    { kind: 'teams', url: `${hooksUrl}/teams/workflow-7`, language: 'en' },
    { kind: 'webhook', url: `${hooksUrl}/acme-hook`, language: 'en' },
  ]
}

async function emit(lucca: EmulatorControl, count: number) {
  for (let i = 0; i < count; i += 1)
    await lucca.emitEvent({ topic: 'employee.updated', data: { id: String(1000 + i), firstName: 'Camille' } })
}

async function endpointStatus(lucca: EmulatorControl, id: string) {
  return ((await lucca.api('GET', `/webhook-endpoints/${id}`)).json as { status: string }).status
}

const recipientOf = (mail: Mail) => (mail.parsed.to && 'text' in mail.parsed.to ? mail.parsed.to.text : '?')
/** The one mail to `to` whose text has all of `words`. */
function mailTo(mails: Mail[], to: string, ...words: string[]): Mail | undefined {
  const found = mails.filter(
    (mail) => recipientOf(mail) === to && words.every((word) => mail.parsed.text?.includes(word)),
  )
  expect(found).toHaveLength(1)
  return found[0]
}

/** What arrived, one line per message: `<channel> <opened|recovered> <rule>`, sorted (duplicates show). */
function tally(mails: Mail[], hooks: ReceivedHook[]): string[] {
  const lines = mails.map((mail) => {
    const { parsed } = mail
    const to = recipientOf(mail)
    const text = parsed.text ?? ''
    const recovered = /works again|fonctionne de nouveau/.test(parsed.subject ?? '')
    const rule = /(?:Alert rule: |Règle d’alerte : )(.+)\.$/m.exec(text)?.[1] ?? '?'
    return `email:${to} ${recovered ? 'recovered' : 'opened'} ${rule}`
  })
  for (const hook of hooks) {
    const channel = hook.path.split('/')[1] ?? '?'
    if (channel === 'acme-hook') {
      const event = JSON.parse(hook.body) as { type: string; rule: string }
      lines.push(`${channel} ${event.type.replace('alert.', '')} ${event.rule}`)
    } else {
      const rule = /Alert rule: (.+?)\./.exec(hook.body)?.[1] ?? '?'
      lines.push(`${channel} ${hook.body.includes('works again') ? 'recovered' : 'opened'} ${rule}`)
    }
  }
  return lines.sort()
}

const channels = ['acme-hook', 'email:it-ops@acme.example', 'email:rh@acme.fr', 'slack', 'teams']
const each = (message: string, rules: string[]) =>
  rules.flatMap((rule) => channels.map((channel) => `${channel} ${message} ${rule}`))

/** The generic hook's signature, checked as Standard Webhooks define it, without the code that signed it. */
function expectSigned(hook: ReceivedHook, secret: string) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64')
  const id = String(hook.headers['webhook-id'])
  const timestamp = String(hook.headers['webhook-timestamp'])
  expect(id).not.toBe('undefined')
  expect(timestamp).toMatch(/^\d{10}$/)
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${hook.body}`).digest('base64')
  expect(String(hook.headers['webhook-signature']).split(' ')).toContain(`v1,${expected}`)
}

describe.each(engines)('on %s', (_name, fresh) => {
  test('healthy, failing, suspended, re-activated, healthy: one alert and one recovery per rule and channel', async () => {
    const { db } = await fresh()
    const mail = await mailServer()
    closing.push(() => mail.close())
    const { rig, lucca, receiver, hooks, alerts, endpointId } = await scene(db, mail.port, (recipients) => [
      { name: 'Suspended integration', enabled: true, condition: 'suspended', endpointId: null, recipients },
      {
        name: 'Failing integration',
        enabled: true,
        condition: 'low-success-rate',
        endpointId: null,
        percent: 50,
        minutes: 120,
        minDeliveries: 3,
        recipients,
      },
      { name: 'Receiver gone', enabled: true, condition: 'receiver-gone', endpointId: null, recipients },
    ])

    // Healthy: delivered, nothing to say.
    await emit(lucca, 3)
    await rig.driven.runFor(5 * minute)
    expect(tally(mail.mails, hooks.received)).toEqual([])

    // Failing: 503s, retried at +1 and +11 minutes; the 10th failure in a row suspends it.
    await receiver.setSwitch('payroll', 503)
    const failingFrom = rig.clock.now()
    await emit(lucca, 4)
    await rig.driven.runFor(5 * minute)
    expect(await endpointStatus(lucca, endpointId)).toBe('active')
    await rig.driven.runFor(10 * minute)
    expect(await endpointStatus(lucca, endpointId)).toBe('suspended')
    await rig.driven.runFor(5 * minute)
    const opened = each('opened', ['Failing integration', 'Suspended integration']).sort()
    expect(tally(mail.mails, hooks.received)).toEqual(opened)
    // Evaluations go on every 30 s: nobody hears of it twice (a 503 is not "receiver gone").
    await rig.driven.runFor(10 * minute)
    expect(tally(mail.mails, hooks.received)).toEqual(opened)

    const french = mailTo(mail.mails, 'rh@acme.fr', 'a été suspendue par Lucca')
    expect(french?.parsed.from?.value[0]).toEqual({
      name: 'Acme HR alerts',
      address: 'hr-alerts@acme.example',
    })
    expect(french?.parsed.subject).toBe('[Webhooks Lucca] Payroll export demande votre attention')
    expect(french?.raw).toMatch(/^Content-Language: fr$/m)
    expect(french?.parsed.text).toContain('L’intégration Payroll export a été suspendue par Lucca')
    expect(french?.parsed.text).toContain(
      'Depuis le 2 mars 2026 à 09:05. 4 envois ont échoué pour l’instant.',
    )
    expect(french?.parsed.text).toContain(
      'Cause probable : l’application destinataire rencontre une erreur interne (HTTP 5xx).',
    )
    expect(french?.parsed.text).toContain(`Ouvrir l’intégration : ${PUBLIC_ORIGIN}/endpoints/${endpointId}`)
    expect(french?.parsed.html).toContain('<html lang="fr">')
    expect(french?.parsed.html).toContain(`href="${PUBLIC_ORIGIN}/endpoints/${endpointId}/recover"`)
    const english = mailTo(mail.mails, 'it-ops@acme.example', 'Alert rule: Suspended integration.')
    expect(english?.parsed.subject).toBe('[Lucca webhooks] Payroll export needs attention')
    expect(english?.raw).toMatch(/^Content-Language: en$/m)
    expect(english?.parsed.text).toContain('Since 2 March 2026 at 09:05. 4 deliveries have failed so far.')

    const slack = hooks.received.filter((hook) => hook.path === '/slack/T0001/B0001/secret-token')
    expect(slack.map((hook) => (JSON.parse(hook.body) as { text: string }).text).sort()).toEqual([
      'Payroll export is failing to receive its deliveries',
      'Payroll export was suspended by Lucca',
    ])
    expect(slack[0]?.body).toContain(`"url":"${PUBLIC_ORIGIN}/endpoints/${endpointId}"`)
    const teams = hooks.received.find(
      (hook) => hook.body.includes('was suspended') && hook.path.startsWith('/teams'),
    )
    expect(JSON.parse(teams?.body ?? '{}')).toMatchObject({
      type: 'message',
      summary: 'Payroll export was suspended by Lucca',
      attachments: [{ content: { actions: [{ url: `${PUBLIC_ORIGIN}/endpoints/${endpointId}` }, {}, {}] } }],
    })

    // Re-activated as the SPA does it (Lucca's PATCH, which the proxy forwards), the receiver fixed.
    await receiver.setSwitch('payroll', 202)
    const reactivated = await lucca.api('PATCH', `/webhook-endpoints/${endpointId}`, { status: 'active' })
    expect(reactivated.json).toMatchObject({ status: 'active' })
    const reactivatedAt = rig.clock.now()
    await emit(lucca, 2)
    await rig.driven.runFor(5 * minute)
    const all = [...opened, ...each('recovered', ['Failing integration', 'Suspended integration'])].sort()
    expect(tally(mail.mails, hooks.received)).toEqual(all)
    await rig.driven.runFor(10 * minute)
    expect(tally(mail.mails, hooks.received)).toEqual(all)

    // How long, in virtual minutes (from the first failed attempt to the evaluation after the re-activation),
    // and the 4 deliveries that failed meanwhile, though they were delivered once it was re-activated.
    const recovered = mailTo(
      mail.mails,
      'it-ops@acme.example',
      'works again\nThe problem',
      'Alert rule: Suspended integration.',
    )
    expect(recovered?.parsed.subject).toBe('[Lucca webhooks] Payroll export works again')
    const lasted = /The problem lasted (\d+) minutes; 4 deliveries failed meanwhile\./.exec(
      recovered?.parsed.text ?? '',
    )
    const outage = (reactivatedAt - failingFrom) / minute
    expect(Number(lasted?.[1])).toBeGreaterThanOrEqual(Math.floor(outage))
    expect(Number(lasted?.[1])).toBeLessThanOrEqual(Math.ceil(outage) + 3)
    expect(recovered?.parsed.text).toContain(`Open the integration: ${PUBLIC_ORIGIN}/endpoints/${endpointId}`)
    const frenchRecovery = mailTo(
      mail.mails,
      'rh@acme.fr',
      'L’intégration Payroll export fonctionne de nouveau',
      'Règle d’alerte : Suspended integration.',
    )
    expect(frenchRecovery?.parsed.subject).toBe('[Webhooks Lucca] Payroll export fonctionne de nouveau')
    expect(frenchRecovery?.parsed.text).toMatch(
      /^Le problème a duré \d+ minutes ; 4 envois ont échoué entre-temps\.$/m,
    )

    const signed = hooks.received.filter((hook) => hook.path === '/acme-hook')
    const { secret } = await alerts.store.signingSecret(ACCOUNT)
    for (const hook of signed) expectSigned(hook, secret)
    expect(signed.map((hook) => JSON.parse(hook.body) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({
        type: 'alert.recovered',
        rule: 'Suspended integration',
        condition: 'suspended',
        endpoint: { name: 'Payroll export', link: `${PUBLIC_ORIGIN}/endpoints/${endpointId}` },
        failedDeliveries: 4,
        lastFailureCode: 503,
      }),
    )
    const page = await alerts.store.alerts(ACCOUNT, { limit: 10 })
    expect(page.items.map((alert) => [alert.ruleName, alert.closedAt !== null]).sort()).toEqual([
      ['Failing integration', true],
      ['Suspended integration', true],
    ])
  }, 120_000)

  test('the mail server down for 10 minutes: the alert is mailed once when it returns; the hooks got theirs once', async () => {
    const { db } = await fresh()
    const first = await mailServer()
    const port = first.port
    await first.close()
    const { rig, lucca, receiver, hooks, alerts } = await scene(db, port, (recipients) => [
      { name: 'Receiver gone', enabled: true, condition: 'receiver-gone', endpointId: null, recipients },
    ])
    await emit(lucca, 2)
    await rig.driven.runFor(3 * minute)

    // 410: Lucca suspends at once; the alert is due while nothing listens on the mail server's port.
    await receiver.setSwitch('payroll', 410)
    await emit(lucca, 1)
    await rig.driven.runFor(10 * minute)
    expect(tally([], hooks.received)).toEqual([
      'acme-hook opened Receiver gone',
      'slack opened Receiver gone',
      'teams opened Receiver gone',
    ])
    const waiting = (await alerts.store.alerts(ACCOUNT, { limit: 1 })).items[0]?.dispatches.filter(
      (dispatch) => dispatch.kind === 'email',
    )
    expect(waiting?.map((dispatch) => dispatch.status)).toEqual(['failing', 'failing'])
    expect(waiting?.every((dispatch) => dispatch.attempts >= 3)).toBe(true)
    expect(waiting?.[0]?.lastError).toMatch(/ECONNREFUSED|connect/i)

    const back = await mailServer(port)
    closing.push(() => back.close())
    await rig.driven.runFor(25 * minute)
    const everything = [
      'acme-hook opened Receiver gone',
      'email:it-ops@acme.example opened Receiver gone',
      'email:rh@acme.fr opened Receiver gone',
      'slack opened Receiver gone',
      'teams opened Receiver gone',
    ]
    expect(tally(back.mails, hooks.received)).toEqual(everything)
    const french = back.mails.find(({ parsed }) => parsed.subject?.startsWith('[Webhooks Lucca]'))
    expect(french?.parsed.text).toContain(
      'Cause probable : l’application destinataire indique que cette adresse n’existe pas (HTTP 404/410).',
    )
    const { secret } = await alerts.store.signingSecret(ACCOUNT)
    for (const hook of hooks.received.filter((one) => one.path === '/acme-hook')) expectSigned(hook, secret)
    expect((await alerts.store.alerts(ACCOUNT, { limit: 1 })).failingDispatches).toBe(0)
  }, 120_000)
})
