import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de la fonctionnalité des livraisons (espace de noms `deliveries`). */
export const fr: Strings<typeof en> = {
  row: {
    sending: 'Envoi…',
    sendFailed: 'Non envoyé',
    statusUnavailable: 'Envoyé ; son suivi est indisponible',
    answered: 'Le récepteur a répondu HTTP {{status}}.',
    noAnswer: 'Pas de réponse du récepteur : {{detail}}',
    nextAttempt: 'Prochaine tentative à {{time}}.',
    details: 'Détails',
    onlyActive: 'Seul un endpoint actif peut recevoir un test.',
  },
  status: {
    delivered: 'Livrée',
    queued: 'En file d’attente',
    pending: 'Nouvel essai prévu',
    held: 'En attente',
    failed: 'Échec',
  },
  errors: { endpointNotActive: 'Le point de terminaison n’est pas actif. Réactivez-le d’abord.' },
  actions: {
    verifyLink: 'Vérifier le contrôle de signature',
    sendTest: 'Envoyer une livraison de test',
    sendTestShort: 'Envoyer un test',
    sendFailed: 'La livraison de test n’a pas été envoyée',
    redeliver: 'Relivrer cet événement',
    redeliverFailed: 'L’événement n’a pas été relivré',
  },
  realEvent: {
    open: 'Envoyer un vrai événement',
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
    topic: 'Sujet',
    occurredAt: 'Date de l’événement',
    endpoint: 'Point de terminaison',
    endpointHistory: 'Point de terminaison {{id}} : toutes les livraisons',
    eventId: 'Identifiant de l’événement',
    deliveryId: 'Identifiant de la livraison',
    unknown: 'Inconnu',
  },
  pages: {
    delivery: 'Livraison',
    deliveries: 'Livraisons du point de terminaison {{id}}',
    deliveriesHint:
      'Chaque événement envoyé à ce point de terminaison, ses tentatives et ce qui n’a pas marché.',
    recovery: 'Reprise après une panne',
    recoveryHint:
      'Choisissez une période : la console compte les événements non livrés, puis les renvoie au rythme permis par la limite de requêtes de Lucca.',
    recover: 'Reprise après une panne',
    missingParam: 'Cette page a besoin d’un point de terminaison.',
  },
}
