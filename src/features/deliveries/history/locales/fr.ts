import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de deliveries/history (espace de noms `deliveries/history`). */
export const fr: Strings<typeof en> = {
  history: {
    status: 'Statut',
    allStatuses: 'Tous les statuts',
    statusOption: { delivered: 'Livrée', undelivered: 'Pas encore livrée', failed: 'Échec' },
    from: 'Du',
    to: 'Au',
    clear: 'Effacer les filtres',
    caption: 'Livraisons du point de terminaison {{id}}, les plus récentes d’abord',
    columns: {
      status: 'Statut',
      topic: 'Événement',
      occurredAt: 'Date de l’événement',
      attempts: 'Tentatives',
      nextAttempt: 'Prochaine tentative',
    },
    eventLabel: 'Événement {{id}}',
    empty: 'Aucune livraison ne correspond à ces filtres sur cette page.',
    prev: 'Plus récentes',
    next: 'Plus anciennes',
  },
  recent: {
    title: 'Envoyées depuis ce navigateur',
    test: 'Livraison de test, {{time}}',
    redelivery: 'Relivraison, {{time}}',
  },
}
