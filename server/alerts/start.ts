import type { FastifyBaseLogger } from 'fastify'
import type { CollectorClock } from '../collector/clock.ts'
import { wallClock } from '../collector/clock.ts'
import type { Database } from '../db/database.ts'
import type { ProxyConfig } from '../proxy/config.ts'
import { AlertStore } from './alert-store.ts'
import { createSender } from './channels.ts'
import { AlertEvaluator } from './evaluator.ts'
import { startLocalOutbox, type LocalOutbox } from './local-outbox.ts'
import { Outbox } from './outbox.ts'

/** The host of the embedded default's own chat hooks in a rule: whatever port they have at this start. */
const LOCAL_HOOKS = 'https://local-outbox.invalid'
const OUTBOX_EVERY_MS = 5_000

export interface Alerts {
  store: AlertStore
  localOutbox: LocalOutbox | null
  evaluator: AlertEvaluator
  outbox: Outbox
  close(): Promise<void>
}

interface AlertsOptions {
  db: Database
  config: ProxyConfig['alerts']
  /** The embedded default: its own mailbox and hooks when no SMTP_URL is set, and a first rule to try. */
  embeddedAccountId: string | null
  /** Where a message's links lead (PUBLIC_ORIGIN, or the console's own address). */
  origin: () => string
  log: FastifyBaseLogger
  /** The history's time: the emulator's virtual clock in tests. */
  clock?: CollectorClock
  /** Tests trust their hooks' certificate authority. */
  ca?: string
}

/** The store for the routes, and, when ALERTS=on, the evaluator and the outbox on their timers. */
export async function startAlerts(options: AlertsOptions): Promise<Alerts> {
  const clock = options.clock ?? wallClock
  const store = new AlertStore(options.db, () => clock.now())
  const secret = async (accountId: string) => (await store.signingSecret(accountId)).secret
  const embedded = options.embeddedAccountId
  const localOutbox =
    embedded && !options.config.smtpUrl ? await startLocalOutbox(() => secret(embedded)) : null
  const sender = createSender({
    smtpUrl: options.config.smtpUrl ?? localOutbox?.smtpUrl ?? null,
    from: options.config.from,
    signingSecret: secret,
    ...(localOutbox || options.ca ? { ca: [options.ca, localOutbox?.ca].filter(Boolean).join('\n') } : {}),
  })
  const send: typeof sender.send = (accountId, outgoing) =>
    sender.send(accountId, {
      ...outgoing,
      destination:
        localOutbox && outgoing.destination.startsWith(LOCAL_HOOKS)
          ? localOutbox.hooksUrl + outgoing.destination.slice(LOCAL_HOOKS.length)
          : outgoing.destination,
    })
  const evaluator = new AlertEvaluator(options.db, store, () => clock.now())
  const outbox = new Outbox(options.db, {
    send,
    claimMs: options.config.claimSeconds * 1000,
    origin: options.origin,
    now: () => clock.now(),
  })
  if (embedded) await seedFirstRules(store, embedded)

  const stop = new AbortController()
  const loop = async (everyMs: number, work: () => Promise<unknown>, what: string) => {
    while (!stop.signal.aborted) {
      await work().catch((error: unknown) => options.log.warn({ err: error }, `alerts: ${what} failed`))
      await clock.sleep(everyMs, stop.signal)
    }
  }
  const running = options.config.enabled
    ? [
        loop(options.config.checkSeconds * 1000, () => evaluator.run(), 'evaluation'),
        loop(OUTBOX_EVERY_MS, () => outbox.run(), 'sending'),
      ]
    : []
  return {
    store,
    localOutbox,
    evaluator,
    outbox,
    close: async () => {
      stop.abort()
      await Promise.all(running)
      await sender.close()
      await localOutbox?.close()
    },
  }
}

/**
 * The embedded default's first rules, once (its signing secret is made with them and marks it done): the
 * demo's failing and suspended integrations raise alerts minutes after `npm start`, to the local outbox.
 */
async function seedFirstRules(store: AlertStore, accountId: string): Promise<void> {
  if ((await store.rules(accountId)).length > 0 || (await store.hasSigningSecret(accountId))) return
  await store.signingSecret(accountId)
  const recipients = [
    { kind: 'email', address: 'hr-it@example.com', language: 'en' },
    { kind: 'email', address: 'rh@example.fr', language: 'fr' },
    { kind: 'slack', url: `${LOCAL_HOOKS}/slack`, language: 'en' },
    { kind: 'webhook', url: `${LOCAL_HOOKS}/webhook`, language: 'en' },
  ] as const
  const rule = {
    enabled: true,
    endpointId: null,
    percent: 50,
    minutes: 60,
    minDeliveries: 3,
    hours: 24,
    notifyRecovery: true,
    recipients: [...recipients],
  }
  const none = () => Promise.resolve()
  await store.saveRule(
    accountId,
    null,
    {
      ...rule,
      minutes: 1440,
      minDeliveries: 1,
      name: 'An integration is failing',
      condition: 'low-success-rate',
    },
    'console',
    none,
  )
  await store.saveRule(
    accountId,
    null,
    { ...rule, name: 'An integration was suspended', condition: 'suspended' },
    'console',
    none,
  )
}
