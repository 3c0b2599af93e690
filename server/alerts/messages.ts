import type { AlertCondition } from '../../contract/console-alerts-api.ts'

/** What a message says of one alert: its facts, and where the fix is. */
export interface AlertFacts {
  message: 'opened' | 'recovered'
  condition: AlertCondition
  ruleName: string
  endpointName: string
  openedAt: Date
  closedAt: Date | null
  failedDeliveries: number
  lastFailureCode: number | null
  lastFailureAt: Date | null
  links: { endpoint: string; failed: string; recover: string }
}

export interface RenderedMessage {
  subject: string
  /** Paragraphs, the first the headline. */
  lines: string[]
  /** The fix, as links with their words. */
  actions: { label: string; url: string }[]
  text: string
  html: string
}

type Language = 'en' | 'fr'
type Cause = 'gone' | 'auth' | 'server' | 'timeout' | 'rateLimited' | 'rejected' | 'noAnswer' | 'suspended'

// The same reading of a failure as the delivery page's diagnosis (src/features/deliveries/diagnosis), by
// the last answer's code: Lucca's own text for a failure without one is not relied on.
function causeOf(facts: AlertFacts): Cause {
  const code = facts.lastFailureCode
  if (code === 404 || code === 410) return 'gone'
  if (code === 401 || code === 403) return 'auth'
  if (code === 408 || code === 504) return 'timeout'
  if (code === 429) return 'rateLimited'
  if (code !== null && code >= 500) return 'server'
  if (code !== null && code >= 300) return 'rejected'
  if (facts.lastFailureAt) return 'noAnswer'
  return 'suspended'
}

const words = {
  en: {
    conditions: {
      suspended: 'was suspended by Lucca',
      'receiver-gone': 'is answered “this address does not exist”',
      'low-success-rate': 'is failing to receive its deliveries',
      silent: 'has received nothing for a while',
    },
    opened: (name: string, what: string) => `${name} ${what}`,
    recovered: (name: string) => `${name} works again`,
    since: (when: string) => `Since ${when}.`,
    lasted: (duration: string, failed: number) =>
      `The problem lasted ${duration}; ${failed} ${failed === 1 ? 'delivery' : 'deliveries'} failed meanwhile.`,
    failedSoFar: (failed: number) =>
      `${failed} ${failed === 1 ? 'delivery has' : 'deliveries have'} failed so far.`,
    causes: {
      gone: 'Likely cause: the receiving application says this address does not exist (HTTP 404/410). Lucca stops sending at once.',
      auth: 'Likely cause: the receiving application refuses Lucca’s requests (HTTP 401/403), often a signing secret or a key that changed.',
      server: 'Likely cause: the receiving application has an error of its own (HTTP 5xx).',
      timeout: 'Likely cause: the receiving application answers too slowly.',
      rateLimited:
        'Likely cause: the receiving application is turning Lucca away because of too many requests (HTTP 429).',
      rejected: 'Likely cause: the receiving application rejects the requests.',
      noAnswer: 'Likely cause: the receiving application could not be reached (no answer).',
      suspended: 'Lucca stopped sending to it after repeated failures.',
    },
    todo: {
      opened:
        'What to do: forward this message to whoever runs the receiving application; once it is fixed, re-activate the integration and redeliver what failed.',
      recovered:
        'What to do: check that the failed deliveries were redelivered (the console can redeliver them).',
    },
    actions: {
      endpoint: 'Open the integration',
      failed: 'See the failed deliveries',
      recover: 'Redeliver what failed',
    },
    ruleLine: (rule: string) => `Alert rule: ${rule}.`,
    subjectOpened: (name: string) => `[Lucca webhooks] ${name} needs attention`,
    subjectRecovered: (name: string) => `[Lucca webhooks] ${name} works again`,
    footer: 'Sent by the Lucca Webhooks Console.',
    minutes: (n: number) => `${n} minute${n === 1 ? '' : 's'}`,
    hours: (n: number) => `${n} hour${n === 1 ? '' : 's'}`,
    days: (n: number) => `${n} day${n === 1 ? '' : 's'}`,
    locale: 'en-GB',
  },
  fr: {
    conditions: {
      suspended: 'a été suspendue par Lucca',
      'receiver-gone': 'reçoit la réponse « cette adresse n’existe pas »',
      'low-success-rate': 'ne reçoit plus ses envois',
      silent: 'ne reçoit plus rien depuis un moment',
    },
    opened: (name: string, what: string) => `L’intégration ${name} ${what}`,
    recovered: (name: string) => `L’intégration ${name} fonctionne de nouveau`,
    // French writes the first of the month as an ordinal: « le 1er décembre ».
    since: (when: string) => `Depuis le ${when.replace(/^1 /, '1er ')}.`,
    lasted: (duration: string, failed: number) =>
      `Le problème a duré ${duration} ; ${failed} ${failed <= 1 ? 'envoi a échoué' : 'envois ont échoué'} entre-temps.`,
    failedSoFar: (failed: number) =>
      `${failed} ${failed <= 1 ? 'envoi a échoué' : 'envois ont échoué'} pour l’instant.`,
    causes: {
      gone: 'Cause probable : l’application destinataire indique que cette adresse n’existe pas (HTTP 404/410). Lucca arrête aussitôt les envois.',
      auth: 'Cause probable : l’application destinataire refuse les requêtes de Lucca (HTTP 401/403), souvent un secret de signature ou une clé qui a changé.',
      server: 'Cause probable : l’application destinataire rencontre une erreur interne (HTTP 5xx).',
      timeout: 'Cause probable : l’application destinataire répond trop lentement.',
      rateLimited:
        'Cause probable : l’application destinataire refuse Lucca pour cause de trop nombreuses requêtes (HTTP 429).',
      rejected: 'Cause probable : l’application destinataire rejette les requêtes.',
      noAnswer: 'Cause probable : l’application destinataire est injoignable (aucune réponse).',
      suspended: 'Lucca a arrêté les envois après des échecs répétés.',
    },
    todo: {
      opened:
        'À faire : transmettez ce message au responsable de l’application destinataire ; une fois le problème corrigé, réactivez l’intégration et renvoyez ce qui a échoué.',
      recovered:
        'À faire : vérifiez que les envois en échec ont été renvoyés (la console peut les renvoyer).',
    },
    actions: {
      endpoint: 'Ouvrir l’intégration',
      failed: 'Voir les envois en échec',
      recover: 'Renvoyer ce qui a échoué',
    },
    ruleLine: (rule: string) => `Règle d’alerte : ${rule}.`,
    subjectOpened: (name: string) => `[Webhooks Lucca] ${name} demande votre attention`,
    subjectRecovered: (name: string) => `[Webhooks Lucca] ${name} fonctionne de nouveau`,
    footer: 'Envoyé par la console Webhooks Lucca.',
    minutes: (n: number) => `${n} minute${n <= 1 ? '' : 's'}`,
    hours: (n: number) => `${n} heure${n <= 1 ? '' : 's'}`,
    days: (n: number) => `${n} jour${n <= 1 ? '' : 's'}`,
    locale: 'fr-FR',
  },
} as const

function durationOf(ms: number, say: (typeof words)[Language]): string {
  const minutes = Math.max(1, Math.round(ms / 60_000))
  if (minutes < 90) return say.minutes(minutes)
  const hours = Math.round(minutes / 60)
  return hours < 48 ? say.hours(hours) : say.days(Math.round(hours / 24))
}

/** One alert's message in the recipient's language: the same words for email, chat and the signed hook. */
export function renderMessage(facts: AlertFacts, language: Language): RenderedMessage {
  const say = words[language]
  const when = new Intl.DateTimeFormat(say.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(facts.openedAt)
  const opened = facts.message === 'opened'
  const headline = opened
    ? say.opened(facts.endpointName, say.conditions[facts.condition])
    : say.recovered(facts.endpointName)
  const lines = opened
    ? [
        headline,
        `${say.since(when)} ${say.failedSoFar(facts.failedDeliveries)}`,
        say.causes[causeOf(facts)],
        say.todo.opened,
        say.ruleLine(facts.ruleName),
      ]
    : [
        headline,
        say.lasted(
          durationOf((facts.closedAt ?? facts.openedAt).getTime() - facts.openedAt.getTime(), say),
          facts.failedDeliveries,
        ),
        say.todo.recovered,
        say.ruleLine(facts.ruleName),
      ]
  const actions = [
    { label: say.actions.endpoint, url: facts.links.endpoint },
    { label: say.actions.failed, url: facts.links.failed },
    { label: say.actions.recover, url: facts.links.recover },
  ]
  const text = [
    ...lines,
    '',
    ...actions.map((action) => `${action.label}${language === 'fr' ? ' : ' : ': '}${action.url}`),
    '',
    say.footer,
  ].join('\n')
  return {
    subject: opened ? say.subjectOpened(facts.endpointName) : say.subjectRecovered(facts.endpointName),
    lines,
    actions,
    text,
    html: htmlOf(lines, actions, say.footer, language, opened),
  }
}

const escape = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

// Inline styles only (mail clients drop style sheets); colours that read on light and dark backgrounds.
function htmlOf(
  lines: string[],
  actions: RenderedMessage['actions'],
  footer: string,
  language: Language,
  opened: boolean,
): string {
  const [headline = '', ...rest] = lines
  const accent = opened ? '#c92a2a' : '#2b8a3e'
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>${escape(headline)}</title></head>
<body style="margin:0;padding:24px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
<div style="max-width:600px;margin:0 auto;border-left:4px solid ${accent};padding:4px 0 4px 16px">
<h1 style="font-size:20px;margin:0 0 12px;color:${accent}">${escape(headline)}</h1>
${rest.map((line) => `<p style="margin:0 0 10px">${escape(line)}</p>`).join('\n')}
<p style="margin:16px 0">${actions
    .map(
      (action) =>
        `<a href="${escape(action.url)}" style="display:inline-block;margin:0 8px 8px 0;padding:8px 14px;border-radius:6px;background:#1c7ed6;color:#ffffff;text-decoration:none">${escape(action.label)}</a>`,
    )
    .join('')}</p>
<p style="margin:16px 0 0;font-size:12px;opacity:.7">${escape(footer)}</p>
</div></body></html>`
}
