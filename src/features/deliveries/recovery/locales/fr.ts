import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de deliveries/recovery (espace de noms `deliveries/recovery`). */
export const fr: Strings<typeof en> = {
  recovery: {
    from: 'Du',
    to: 'Au',
    invalidWindow: 'Le début doit précéder la fin.',
    topics: 'Types d’événements',
    allTopics: 'Aucun coché : tous les types d’événements.',
    count: 'Compter les événements concernés',
    adminsOnly: 'Vous pouvez compter les événements concernés ; seul un administrateur peut les renvoyer.',
    notActive:
      'Ce point de terminaison n’est pas actif : Lucca refuse de renvoyer des événements tant qu’il n’est pas réactivé.',
    scanning: 'Lecture des envois… {{count}} pour l’instant.',
    found_one: '{{count}} événement à renvoyer ({{failed}} en échec, {{held}} en attente).',
    found_other: '{{count}} événements à renvoyer ({{failed}} en échec, {{held}} en attente).',
    nothingSentYet: 'Rien n’a encore été renvoyé. {{scanned}} envois ont été lus.',
    truncated:
      'Seuls les envois les plus récents ont été lus ; réduisez la période et comptez de nouveau pour les plus anciens.',
    run_one: 'Renvoyer {{count}} événement',
    run_other: 'Renvoyer {{count}} événements',
    startOver: 'Recommencer',
    progress: {
      running: 'Renvoi en cours… {{done}} sur {{total}}',
      done: 'Terminé : {{sent}} renvoyés, {{errors}} erreurs.',
      cancelled: 'Annulé après {{done}} sur {{total}} : {{sent}} renvoyés, {{errors}} erreurs.',
    },
    progressLabel: 'Avancement du renvoi groupé',
    cancel: 'Annuler',
    seeHistory: 'Voir les envois',
    resendAll_one: 'Renvoyer l’envoi en échec',
    resendAll_other: 'Renvoyer les {{count}} envois en échec',
  },
}
