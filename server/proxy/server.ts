import { mkdir, readFile } from 'node:fs/promises'
import type { FastifyInstance } from 'fastify'
import type { DestinationStream } from 'pino'
import { buildApp, type ClientTimeouts } from './app.ts'
import { AuditLog } from './audit/audit-log.ts'
import { companySignIn } from './auth/company-sign-in.ts'
import { ensureFirstAdmin } from './auth/first-admin.ts'
import { companyTrail } from './auth/oidc-trail.ts'
import { SessionService } from './auth/session.ts'
import { SessionStore } from './auth/session-store.ts'
import { UserStore } from './auth/users-store.ts'
import { openDatabase, type Database } from '../db/database.ts'
import type { CollectorClock } from '../collector/clock.ts'
import { startCollectors } from '../collector/start.ts'
import { startAlerts } from '../alerts/start.ts'
import { pruneChanges } from './history/change-feed.ts'
import { createHistory } from './history/history.ts'
import type { StreamTimings } from './history/stream.ts'
import { importLegacyFiles } from './legacy-import.ts'
import { EndpointNotesStore } from './notes/endpoint-notes-store.ts'
import type { ProxyConfig } from './config.ts'
import { startEmbedded } from './embedded.ts'
import { createLogger, SecretRegistry } from './logger.ts'
import type { ResolveHost } from './receiver-guard.ts'
import { createAccounts, type RuntimeOptions } from './runtime.ts'
import { resolveSessionSecret } from './secrets.ts'

const LOOPBACK = ['127.0.0.1', 'localhost', '::1']

export interface StartOptions extends RuntimeOptions {
  logDestination?: DestinationStream
  print?: (line: string) => void
  scryptCost?: number
  /** Slowloris bounds; tests shorten them. */
  clientTimeouts?: ClientTimeouts
  resolveHost?: ResolveHost
  /** The history collector's time (tests run it on the emulator's virtual clock) and lease retry. */
  collectorClock?: CollectorClock
  leaseRetryMs?: number
  /** The certificate authority the alert hooks of a test are served under. */
  alertsCa?: string
  /** The live streams' periods (status, heartbeat, session check); tests shorten them. */
  streamTimings?: StreamTimings
}

export interface RunningConsole {
  url: string
  app: FastifyInstance
  secrets: SecretRegistry
  /** The console's state: tests reach in to break or inspect it; nothing else writes it. */
  database: Database
  close(): Promise<void>
}

/** Everything `npm start` does after reading the configuration; tests call it with their own config. */
export async function startConsole(config: ProxyConfig, options: StartOptions = {}): Promise<RunningConsole> {
  const secrets = new SecretRegistry()
  const logger = createLogger(config.logLevel, secrets, options.logDestination)
  await mkdir(config.dataDir, { recursive: true })
  const embedded = config.accounts.length === 0 ? await startEmbedded(config, logger) : null
  const accounts = createAccounts(
    embedded ? [embedded.account] : config.accounts,
    config.upstream,
    secrets,
    options,
    (entry, message) => logger.warn(entry, message),
  )
  const database = await openDatabase({
    url: config.database.url ?? undefined,
    dataDir: config.dataDir,
    poolSize: config.database.poolSize,
  }).catch(async (error: unknown) => {
    await embedded?.close()
    await accounts.close()
    throw error
  })
  const { db } = database
  const labelOf = (accountId: string) =>
    accounts.get(accountId)?.account.label ?? accounts.publicList()[0]?.label ?? accountId
  const imported = await importLegacyFiles(db, config.dataDir, labelOf)
  if (imported.users + imported.sessions + imported.audit > 0)
    logger.info({ imported, engine: database.engine }, 'imported the file stores of an earlier version')
  const users = new UserStore(db, options.scryptCost)
  await ensureFirstAdmin(users, config.adminPassword, options.print)
  const sessionSecret = await resolveSessionSecret(config.dataDir, config.sessionSecret)
  secrets.add(sessionSecret)
  const https = config.tls
    ? { cert: await readFile(config.tls.certFile, 'utf8'), key: await readFile(config.tls.keyFile, 'utf8') }
    : null
  const audit = new AuditLog(db, config.auditRetentionDays)
  const company = config.oidc
    ? companySignIn(config.oidc, db, {
        users,
        trail: companyTrail(accounts, audit),
        logger,
        accountIds: accounts.publicList().map((account) => account.id),
      })
    : null
  const sessions = new SessionService(new SessionStore(db), config.session, options.now, company?.recheck)
  // Abandoned sessions, audit entries past the retention and the live streams' changes older than an hour
  // go at start, then every 15 minutes.
  const sweep = async () => {
    await sessions.sweep()
    await audit.sweep()
    await pruneChanges(db, options.now?.())
  }
  await sweep()
  const sweeper = setInterval(
    () => void sweep().catch((error: unknown) => logger.warn({ err: error }, 'sweep failed')),
    15 * 60_000,
  )
  sweeper.unref()
  let origin = config.publicOrigin ?? `http://${config.host}:${config.port}`
  const alerts = await startAlerts({
    db,
    config: config.alerts,
    embeddedAccountId: embedded ? embedded.account.id : null,
    origin: () => origin,
    log: logger,
    ...(options.collectorClock ? { clock: options.collectorClock } : {}),
    ...(options.alertsCa ? { ca: options.alertsCa } : {}),
  })
  const app = await buildApp({
    logger,
    accounts,
    users,
    sessions,
    audit,
    notes: new EndpointNotesStore(db),
    alerts,
    history: createHistory(db, accounts, {
      retentionDays: config.collector.retentionDays,
      logger,
      ...(options.now ? { now: options.now } : {}),
    }),
    sessionSecret,
    company,
    localLogin: config.localLogin,
    staticDir: config.staticDir,
    devOrigins: config.devOrigins,
    publicOrigin: config.publicOrigin,
    trustProxy: config.trustProxy,
    loopbackOnly: !config.publicOrigin && !config.trustProxy && LOOPBACK.includes(config.host),
    https,
    ...(options.now ? { now: options.now } : {}),
    ...(options.clientTimeouts ? { timeouts: options.clientTimeouts } : {}),
    ...(options.resolveHost ? { resolveHost: options.resolveHost } : {}),
    ...(options.streamTimings ? { streamTimings: options.streamTimings } : {}),
  })
  await app.listen({ host: config.host, port: config.port })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const url = `${https ? 'https' : 'http'}://${config.host}:${port}`
  origin = config.publicOrigin ?? url
  logger.info({ url, accounts: accounts.publicList().map((a) => a.id) }, 'console listening')
  const collectors = config.collector.enabled
    ? startCollectors({
        accounts,
        db,
        engine: database.engine,
        retentionDays: config.collector.retentionDays,
        log: logger,
        ...(options.collectorClock ? { clock: options.collectorClock } : {}),
        ...(options.leaseRetryMs ? { leaseRetryMs: options.leaseRetryMs } : {}),
      })
    : null
  if (!LOOPBACK.includes(config.host) && !config.publicOrigin && !config.trustProxy) {
    // Reachable from other machines, yet any Host name is served: a DNS-rebinding page could pass the
    // same-origin check. PUBLIC_ORIGIN pins the one name the console answers to.
    logger.warn(
      { host: config.host },
      'Listening beyond loopback without PUBLIC_ORIGIN: set it to the address admins use (e.g. https://webhooks.example.com)',
    )
  }
  if (!https && !config.trustProxy && !LOOPBACK.includes(config.host)) {
    // The __Host- cookie is Secure: browsers keep it over plain HTTP on loopback only.
    logger.warn(
      'Plain HTTP on a non-loopback address: serve TLS (TLS_CERT_FILE) or set TRUST_PROXY=1 behind one',
    )
  }
  return {
    url,
    app,
    secrets,
    database: db,
    close: async () => {
      clearInterval(sweeper)
      await collectors?.close()
      await alerts.close()
      await app.close()
      await database.close()
      await accounts.close()
      await embedded?.close()
    },
  }
}
