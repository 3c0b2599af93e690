import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises des alertes (espace de noms `alerts`). */
export const fr: Strings<typeof en> = {
  page: {
    title: 'Alertes',
    description:
      'Quand une intégration tombe en panne, la console prévient les personnes choisies, une fois par panne, puis quand tout est rentré dans l’ordre.',
    tabs: 'Pages des alertes',
    alertsTab: 'Alertes',
    rulesTab: 'Règles',
    outboxTab: 'Boîte d’envoi locale',
  },
  filter: {
    label: 'Afficher',
    all: 'Toutes',
    open: 'En cours',
    closed: 'Résolues',
  },
  sections: {
    open: 'En cours',
    closed: 'Résolues',
    noneOpen: 'Rien n’est en panne en ce moment.',
    noneClosed: 'Aucune alerte résolue pour l’instant.',
  },
  empty: {
    title: 'Aucune alerte pour l’instant',
    body: 'La console préviendra les destinataires de vos règles quand une intégration tombera en panne, puis quand elle sera rétablie.',
    rules: 'Voir les règles',
  },
  failing_one:
    '{{count}} message d’alerte n’a pas pu être envoyé : le serveur de messagerie ou le webhook de discussion n’a pas répondu. La console continue d’essayer ; la raison est indiquée plus bas.',
  failing_other:
    '{{count}} messages d’alerte n’ont pas pu être envoyés : le serveur de messagerie ou le webhook de discussion n’a pas répondu. La console continue d’essayer ; les raisons sont indiquées plus bas.',
  openCount_one: '{{count}} alerte en cours',
  openCount_other: '{{count}} alertes en cours',
  more: 'Afficher plus',
  list: 'Alertes : {{section}}',
  conditions: {
    suspended: 'Lucca a suspendu l’intégration',
    'receiver-gone': 'Le récepteur indique que cette adresse n’existe plus',
    'low-success-rate': 'Trop d’envois échouent',
    silent: 'Plus aucun envoi',
  },
  explain: {
    suspended: 'Lucca a cessé les envois après des échecs répétés. Les événements attendent sa réactivation.',
    'receiver-gone':
      'Il a répondu 404 ou 410 : Lucca l’a suspendue aussitôt. Vérifiez l’adresse de réception.',
    'low-success-rate': 'Moins d’envois que la règle ne le tolère sont arrivés au récepteur.',
    silent: 'Elle reçoit d’habitude des envois, et n’en a reçu aucun depuis un moment.',
  },
  alert: {
    open: 'En cours',
    closed: 'Résolue',
    title: '{{condition}} : {{endpoint}}',
    endpoint: 'Intégration :',
    unnamed: 'Une intégration sans nom',
    since: 'Depuis le {{when}} ({{duration}})',
    lasted: 'Du {{from}} au {{to}} : a duré {{duration}}',
    failed_one: '{{count}} envoi en échec',
    failed_other: '{{count}} envois en échec',
    lastFailure: 'dernier échec : HTTP {{code}} le {{when}}',
    lastFailureNoAnswer: 'dernier échec : pas de réponse (délai dépassé ou connexion refusée) le {{when}}',
    seeDeliveries: 'Voir ces envois dans le journal',
    rule: 'Règle : {{name}}',
    messages: 'Messages',
    noMessages: 'Aucun message à envoyer : la règle n’a aucun destinataire joignable.',
  },
  duration: {
    lessThanMinute: 'moins d’une minute',
    minutes: '{{minutes}} min',
    hours: '{{hours}} h {{minutes}} min',
    days: '{{days}} j {{hours}} h',
  },
  dispatch: {
    opened: 'Alerte',
    recovered: 'Rétablie',
    kinds: {
      email: 'E-mail',
      'endpoint-owner': 'Le responsable de l’intégration',
      slack: 'Slack',
      teams: 'Microsoft Teams',
      webhook: 'Webhook signé',
    },
    who: '{{kind}} : {{target}} ({{language}})',
    languages: { en: 'anglais', fr: 'français' },
    sent: 'Envoyé ✓ {{when}}',
    pending: 'En attente d’envoi',
    failing: 'Pas encore envoyé : {{error}}',
    failingNoReason: 'Pas encore envoyé',
    nextTry: 'Prochaine tentative {{when}} · {{count}} tentatives jusqu’ici',
    retry: 'Réessayer maintenant',
    retryLabel: 'Réessayer maintenant : {{target}}',
    retried: 'Nouvel envoi en cours.',
  },
}
