import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de audit (espace de noms `audit`). */
export const fr: Strings<typeof en> = {
  audit: {
    title: 'Journal d’audit',
    description:
      'Chaque modification faite depuis cette console : qui, quand, sur quel compte, et ce que Lucca a répondu.',
    caption: 'Modifications faites depuis la console, les plus récentes d’abord',
    empty: 'Aucune modification n’a encore été faite depuis la console.',
    more: 'Afficher les entrées plus anciennes',
    columns: {
      at: 'Quand',
      username: 'Qui',
      account: 'Compte',
      action: 'Action',
      target: 'Cible',
      result: 'Résultat',
    },
    actions: {
      'endpoint.create': 'A créé un endpoint',
      'endpoint.update': 'A modifié un endpoint',
      'endpoint.delete': 'A supprimé un endpoint',
      'endpoint.refused': 'A saisi une adresse de récepteur que Lucca ne peut pas joindre',
      'delivery.test': 'A envoyé un test',
      'delivery.redeliver': 'A renvoyé un évènement',
      'endpoint.notes': 'A modifié les notes de la console sur un endpoint',
      'session.sign-in': 'S’est connecté',
      'session.sign-out': 'S’est déconnecté',
      'session.sign-in-failed': 'Échec de connexion',
      'session.locked-out': 'Bloqué après plusieurs échecs de connexion',
      'user.create': 'A ajouté un utilisateur',
      'user.role': 'A changé le rôle d’un utilisateur',
      'user.password': 'A réinitialisé le mot de passe d’un utilisateur',
      'user.remove': 'A supprimé un utilisateur',
      'user.sessions-end': 'A mis fin aux sessions d’un utilisateur',
    },
    succeeded: 'Fait ({{status}})',
    refused: 'Refusé ({{status}})',
  },
}
