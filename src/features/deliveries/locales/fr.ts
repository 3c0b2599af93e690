import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de la fonctionnalité des envois (espace de noms `deliveries`). */
export const fr: Strings<typeof en> = {
  row: {
    sending: 'Envoi…',
    sendFailed: 'Non envoyé',
    statusUnavailable: 'Envoyé ; son suivi est indisponible',
    answered: 'Le récepteur a répondu HTTP {{status}}.',
    noAnswer: 'Pas de réponse du récepteur : {{detail}}',
    nextAttempt: 'Prochaine tentative à {{time}}.',
    details: 'Détails',
    onlyActive: 'Seul un point de terminaison actif peut recevoir un test.',
  },
  status: {
    delivered: 'Arrivé',
    queued: 'En file d’attente',
    pending: 'Nouvelle tentative prévue',
    held: 'En attente',
    failed: 'Échec',
  },
  errors: { endpointNotActive: 'Le point de terminaison n’est pas actif. Réactivez-le d’abord.' },
  actions: {
    verifyLink: 'Tester la vérification de la signature',
    sendTest: 'Faire un envoi de test',
    sendTestShort: 'Envoyer un test',
    sendFailed: 'L’envoi de test n’est pas parti',
    redeliver: 'Renvoyer cet événement',
    redeliverFailed: 'L’événement n’a pas été renvoyé',
  },
  realEvent: {
    open: 'Envoyer un vrai événement',
    onlyActive: 'Seul un point de terminaison actif reçoit des événements : réactivez-le d’abord.',
    title: 'Envoyer un événement réel récent',
    warning:
      'Cet envoi transmet un vrai événement, tel que Lucca l’a émis, avec les données personnelles qu’il contient (noms, dates, adresses…), à {{host}}. Ne l’envoyez qu’à un serveur récepteur de confiance.',
    topic: 'Type d’événement',
    recent: 'Événements récents de ce type',
    about: '{{topic}}, fiche n° {{id}}',
    none: 'La console n’a encore vu aucun événement de ce type.',
    cancel: 'Annuler',
    send: 'Envoyer cet événement réel',
    failed: 'L’événement n’a pas été envoyé',
  },
  detail: {
    status: 'Statut',
    topic: 'Type d’événement',
    occurredAt: 'Date de l’événement',
    endpoint: 'Point de terminaison',
    endpointHistory: 'Point de terminaison {{id}} : tous les envois',
    eventId: 'Identifiant de l’événement',
    deliveryId: 'Identifiant de l’envoi',
    unknown: 'Inconnu',
  },
  pages: {
    delivery: 'Envoi',
    deliveries: 'Envois du point de terminaison {{id}}',
    deliveriesHint:
      'Chaque événement envoyé à ce point de terminaison, ses tentatives et ce qui n’a pas marché.',
    recovery: 'Renvoi groupé après une panne',
    recoveryHint:
      'Choisissez une période : la console compte les événements qui ne sont pas arrivés, puis les renvoie au rythme permis par la limite de requêtes de Lucca.',
    recover: 'Renvoi groupé après une panne',
  },
}
