import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises du journal des envois (espace de noms `deliveries/log`). */
export const fr: Strings<typeof en> = {
  page: {
    title: 'Envois',
    description:
      'Chaque événement envoyé à vos points de terminaison, du plus récent au plus ancien, gardé au-delà des 2 mois de Lucca.',
  },
  filters: {
    title: 'Filtres',
    endpoint: 'Point de terminaison',
    anyEndpoint: 'Tous les points de terminaison',
    topic: 'Type d’événement',
    anyTopic: 'Tous les types d’événements',
    status: 'Statut',
    code: 'Dernière réponse',
    anyCode: 'Toutes les réponses',
    noAnswer: 'Pas de réponse (délai dépassé ou connexion impossible)',
    from: 'Du',
    to: 'Au',
    toBeforeFrom: 'La fin est avant le début.',
    event: 'Identifiant de l’événement',
    resource: 'Identifiant de la ressource',
    resourceHint:
      'Par exemple l’identifiant d’un collaborateur. Pour protéger les données personnelles, le contenu des événements n’est pas parcouru.',
    clear: 'Effacer les filtres',
    datesLocal: 'Les dates sont dans votre fuseau horaire.',
  },
  statuses: { delivered: 'Arrivé', undelivered: 'Pas encore arrivé', failed: 'Échec' },
  columns: {
    time: 'Date',
    endpoint: 'Point de terminaison',
    event: 'Événement',
    status: 'Statut',
    code: 'Code HTTP',
    attempts: 'Tentatives',
  },
  recent: {
    title: 'Envois récents',
    caption: 'Les derniers envois à ce point de terminaison, les plus récents d’abord',
    empty: 'Aucun envoi à ce point de terminaison pour l’instant. Envoyez un test pour en voir un ici.',
    seeAll: 'Voir tous ses envois',
  },
  caption: 'Envois, les plus récents d’abord',
  answer: {
    unknown: '—',
    notTried: 'Pas encore tenté',
    none: 'Pas de réponse',
    success: 'Accepté',
    redirect: 'Redirigé',
    refused: 'Refusé',
    receiverError: 'Erreur du récepteur',
  },
  codes: {
    '200': 'OK',
    '202': 'Accepté',
    '400': 'Requête invalide',
    '401': 'Non autorisé',
    '403': 'Interdit',
    '404': 'Introuvable',
    '408': 'Délai dépassé',
    '410': 'Supprimé',
    '429': 'Trop de requêtes',
    '500': 'Erreur du récepteur',
    '503': 'Indisponible',
  },
  eventOf: 'Événement {{id}}',
  deletedEndpoint: '{{name}} (supprimé)',
  resourceOf: 'concerne {{id}}',
  noDeliveries: 'Aucun envoi pour l’instant',
  noDeliveriesBody:
    'Les envois s’affichent ici dès que Lucca envoie un événement à l’un de vos points de terminaison.',
  noMatch: 'Aucun envoi ne correspond',
  older: 'Plus anciens',
  newest: 'Revenir aux plus récents',
  export: 'Exporter en {{format}}',
}
