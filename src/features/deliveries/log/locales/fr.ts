import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises du journal des livraisons (espace de noms `deliveries/log`). */
export const fr: Strings<typeof en> = {
  page: {
    title: 'Livraisons',
    description:
      'Chaque événement envoyé à vos endpoints, du plus récent au plus ancien, gardé au-delà des 2 mois de Lucca.',
  },
  filters: {
    title: 'Filtres',
    endpoint: 'Endpoint',
    anyEndpoint: 'Tous les endpoints',
    topic: 'Sujet',
    anyTopic: 'Tous les sujets',
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
  statuses: { delivered: 'Livrée', undelivered: 'Pas encore livrée', failed: 'Échec' },
  columns: {
    time: 'Date',
    endpoint: 'Endpoint',
    event: 'Événement',
    status: 'Statut',
    code: 'Code HTTP',
    attempts: 'Tentatives',
  },
  recent: {
    title: 'Livraisons récentes',
    caption: 'Les dernières livraisons à cet endpoint, les plus récentes d’abord',
    empty: 'Aucune livraison à cet endpoint pour l’instant. Envoyez un test pour en voir une ici.',
    seeAll: 'Voir toutes ses livraisons',
  },
  caption: 'Livraisons, les plus récentes d’abord',
  answer: {
    unknown: '—',
    notTried: 'Pas encore tentée',
    none: 'Pas de réponse',
    success: 'Acceptée',
    redirect: 'Redirigée',
    refused: 'Refusée',
    receiverError: 'Erreur du récepteur',
  },
  codes: {
    '200': 'OK',
    '202': 'Acceptée',
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
  noDeliveries: 'Aucune livraison pour l’instant',
  noDeliveriesBody:
    'Les livraisons s’affichent ici dès que Lucca envoie un événement à l’un de vos endpoints.',
  noMatch: 'Aucune livraison ne correspond',
  older: 'Plus anciennes',
  newest: 'Revenir aux plus récentes',
  export: 'Exporter en {{format}}',
}
