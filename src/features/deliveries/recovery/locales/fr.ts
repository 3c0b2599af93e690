import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de deliveries/recovery (espace de noms `deliveries/recovery`). */
export const fr: Strings<typeof en> = {
  recovery: {
    from: 'Du',
    to: 'Au',
    invalidWindow: 'Le début doit précéder la fin.',
    topics: 'Sujets',
    allTopics: 'Aucun coché : tous les sujets.',
    count: 'Compter les événements concernés',
    adminsOnly: 'Vous pouvez compter les événements concernés ; seul un administrateur peut les relivrer.',
    notActive:
      'Ce point de terminaison n’est pas actif : Lucca refuse les relivraisons tant qu’il n’est pas réactivé.',
    scanning: 'Lecture des livraisons… {{count}} pour l’instant.',
    found_one: '{{count}} événement à relivrer ({{failed}} en échec, {{held}} en attente).',
    found_other: '{{count}} événements à relivrer ({{failed}} en échec, {{held}} en attente).',
    nothingSentYet: 'Rien n’a encore été envoyé. {{scanned}} livraisons ont été lues.',
    truncated:
      'Seules les livraisons les plus récentes ont été lues ; réduisez la période et relancez pour les plus anciennes.',
    run_one: 'Relivrer {{count}} événement',
    run_other: 'Relivrer {{count}} événements',
    startOver: 'Recommencer',
    progress: {
      running: 'Relivraison… {{done}} sur {{total}}',
      done: 'Terminé : {{sent}} relivrés, {{errors}} erreurs.',
      cancelled: 'Annulé après {{done}} sur {{total}} : {{sent}} relivrés, {{errors}} erreurs.',
    },
    progressLabel: 'Avancement de la relivraison',
    cancel: 'Annuler',
    seeHistory: 'Voir les livraisons',
    resendAll_one: 'Renvoyer l’envoi en échec',
    resendAll_other: 'Renvoyer les {{count}} envois en échec',
  },
}
