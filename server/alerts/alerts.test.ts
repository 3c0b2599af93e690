import { afterAll, beforeAll, expect, test } from 'vitest'
import {
  AlertsPageSchema,
  LocalOutboxSchema,
  type AlertRuleInput,
} from '../../contract/console-alerts-api.ts'
import { eventually } from '../../testing/eventually.ts'
import { startStack, type InProcessStack } from '../../testing/stack.ts'

// The embedded default, as `npm start` runs it: its collector reads the demo account, its first rules
// watch it, and its own mailbox and hooks receive what they send.
let stack: InProcessStack
let admin = ''
let viewer = ''

beforeAll(async () => {
  stack = await startStack({
    console: { run: 'in-process' },
    env: { COLLECTOR: 'on', ALERTS_CHECK_SECONDS: '1' },
  })
  await stack.emulator.reset({ seed: true })
  admin = await stack.signIn()
  const made = await stack.call('/api/users', {
    method: 'POST',
    cookie: admin,
    body: { username: 'vera', role: 'viewer' },
  })
  viewer = await stack.signIn('vera', (made.json() as { password: string }).password)
}, 120_000)
afterAll(() => stack?.close())

test('the demo’s failing integrations raise alerts that reach the local mailbox and hooks, in each language', async () => {
  const alerts = await eventually(
    async () => {
      const page = AlertsPageSchema.parse(
        (await stack.call('/api/alerts?state=open', { cookie: viewer })).json(),
      )
      const names = page.items.map((alert) => `${alert.condition} ${alert.endpointName ?? ''}`)
      expect(names).toEqual(
        expect.arrayContaining(['low-success-rate HR data warehouse', 'suspended Legacy intranet']),
      )
      expect(page.items.flatMap((alert) => alert.dispatches).every((d) => d.status === 'sent')).toBe(true)
      return page
    },
    90_000,
    1_000,
  )
  // One alert per rule and endpoint, however many evaluations saw the outage.
  const keys = alerts.items.map((alert) => `${alert.ruleId}/${alert.endpointId}`)
  expect(new Set(keys).size).toBe(keys.length)

  const outbox = LocalOutboxSchema.parse(
    (await stack.call('/api/alerts/local-outbox', { cookie: viewer })).json(),
  )
  const mails = outbox.items.filter((item) => item.kind === 'email')
  const english = mails.find(
    (mail) => mail.to === 'hr-it@example.com' && mail.subject.includes('HR data warehouse'),
  )
  const french = mails.find(
    (mail) => mail.to === 'rh@example.fr' && mail.subject.includes('HR data warehouse'),
  )
  expect(english?.subject).toBe('[Lucca webhooks] HR data warehouse needs attention')
  expect(english?.text).toContain(
    'Likely cause: the receiving application has an error of its own (HTTP 5xx).',
  )
  expect(english?.html).toContain(`href="${stack.url}/endpoints/`)
  expect(french?.subject).toBe('[Webhooks Lucca] HR data warehouse demande votre attention')
  expect(
    outbox.items.some((item) => item.kind === 'slack' && item.subject.includes('HR data warehouse')),
  ).toBe(true)
  const signed = outbox.items.filter((item) => item.kind === 'webhook')
  expect(signed.length).toBeGreaterThan(0)
  expect(signed.every((item) => item.signatureValid === true)).toBe(true)
}, 120_000)

test('admins change rules, audited; a viewer reads them only; a bad rule names its field', async () => {
  const rule: AlertRuleInput = {
    name: 'Payroll down',
    enabled: true,
    condition: 'receiver-gone',
    endpointId: null,
    recipients: [{ kind: 'email', address: 'paie@acme.fr', language: 'fr' }],
  }
  const refused = await stack.call('/api/alerts/rules', { method: 'POST', cookie: viewer, body: rule })
  expect(refused.status).toBe(403)
  const bad = await stack.call('/api/alerts/rules', {
    method: 'POST',
    cookie: admin,
    body: { ...rule, recipients: [{ kind: 'slack', url: 'http://hooks.slack.com/x', language: 'fr' }] },
  })
  expect(bad.status).toBe(400)
  expect(Object.keys((bad.json() as { errors: Record<string, string[]> }).errors)).toEqual([
    'recipients.0.url',
  ])

  const created = await stack.call('/api/alerts/rules', { method: 'POST', cookie: admin, body: rule })
  expect(created.status).toBe(201)
  const { id } = created.json() as { id: string }
  const updated = await stack.call(`/api/alerts/rules/${id}`, {
    method: 'PUT',
    cookie: admin,
    body: { ...rule, enabled: false },
  })
  expect(updated.json()).toMatchObject({ id, enabled: false, updatedBy: 'admin' })
  const listed = (await stack.call('/api/alerts/rules', { cookie: viewer })).json() as {
    items: { id: string }[]
  }
  expect(listed.items.map((item) => item.id)).toContain(id)
  expect((await stack.call(`/api/alerts/rules/${id}`, { method: 'DELETE', cookie: viewer })).status).toBe(403)
  expect((await stack.call(`/api/alerts/rules/${id}`, { method: 'DELETE', cookie: admin })).status).toBe(204)
  expect((await stack.call(`/api/alerts/rules/${id}`, { method: 'DELETE', cookie: admin })).status).toBe(404)

  const trail = (await stack.call('/api/audit?limit=10', { cookie: admin })).json() as {
    items: { action: string; targetLabel: string | null }[]
  }
  expect(
    trail.items.filter((entry) => entry.targetLabel === 'Payroll down').map((entry) => entry.action),
  ).toEqual(['alert-rule.delete', 'alert-rule.update', 'alert-rule.create'])
  expect((await stack.call('/api/alerts/signing-secret', { cookie: viewer })).status).toBe(403)
  const before = (await stack.call('/api/alerts/signing-secret', { cookie: admin })).json() as {
    secret: string
  }
  const after = (
    await stack.call('/api/alerts/signing-secret/rotate', { method: 'POST', cookie: admin })
  ).json() as { secret: string }
  expect(after.secret).toMatch(/^whsec_/)
  expect(after.secret).not.toBe(before.secret)
})
