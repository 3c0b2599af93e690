import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de deliveries/follow (espace de noms `deliveries/follow`). */
export const fr: Strings<typeof en> = {
  live: {
    title: 'Où en est cet envoi',
    queued: 'En file chez Lucca : en attente de la première tentative…',
    delivered: 'Arrivé à la tentative {{count}}.',
    failed_one: 'Échec après {{count}} tentative. Lucca ne fera plus de nouvelle tentative de lui-même.',
    failed_other: 'Échec après {{count}} tentatives. Lucca ne fera plus de nouvelle tentative de lui-même.',
    held: 'En attente : le point de terminaison est suspendu. Lucca conserve l’événement et l’enverra après la réactivation.',
    retrying: 'La tentative {{count}} a échoué. Prochaine tentative à {{time}} ({{relative}}).',
    attemptUnderWay: 'La tentative {{count}} est en cours : en attente de son résultat…',
    following: 'Suivi en direct : cette page se met à jour toute seule.',
    paused: 'En pause tant que cet onglet est masqué ; le suivi reprend à votre retour.',
    rateLimited: 'La limite de requêtes de Lucca est atteinte ; nouvelle tentative dans {{seconds}} s.',
  },
  payload: {
    title: 'Contenu de l’événement',
    copy: 'Copier le contenu',
    copied: 'Copié',
    loading: 'Lecture de l’événement…',
    unavailable:
      'L’événement n’a pas pu être lu : il a peut-être dépassé la conservation de 2 mois de Lucca, ou Lucca n’a pas répondu.',
  },
  attempts: {
    title: 'Tentatives',
    number: 'Tentative {{number}}',
    code: 'HTTP {{code}}',
    noResponse: 'Aucune réponse',
    success: 'Réussie',
    failure: 'Échouée',
    diagnosis: 'Diagnostic :',
    errorBody: 'Réponse du récepteur',
    showMore: 'Afficher plus',
    showLess: 'Afficher moins',
    emptyBody: '(vide)',
    signature: 'Signature envoyée :',
    signatureUnknown: 'non communiquée par Lucca',
    none: 'Aucune tentative pour l’instant.',
    range: 'Tentatives {{first}} à {{last}} : HTTP {{code}}',
    rangeNoResponse: 'Tentatives {{first}} à {{last}} : aucune réponse',
    rangeHint: 'La même réponse à chaque fois, du {{from}} au {{to}}.',
    showEach: 'Afficher chaque tentative',
    hideEach: 'Regrouper les tentatives identiques',
  },
  timeline: {
    queued: 'En file',
    queuedHint: 'Lucca fait la première tentative sous peu.',
    nextAttempt: 'Prochaine tentative prévue',
    held: 'En attente de la réactivation du point de terminaison',
    failed: 'Plus de tentative automatique',
  },
}
