import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

export const fr: Strings<typeof en> = {
  title: 'Santé de l’endpoint',
  rate: '{{percent}} % livrés sur les 7 derniers jours',
  counts: '{{delivered}} livrés, {{failed}} en échec, {{retrying}} en cours de nouvel essai',
  quiet: 'Rien n’a été envoyé à cet endpoint ces 7 derniers jours.',
  failingSince: 'En échec depuis le {{when}} ({{ago}})',
  failingLong: 'En échec depuis le {{when}} au moins : aucune livraison n’a réussi ces 30 derniers jours',
  lastError: 'Dernière erreur : {{what}}',
  lastErrorUnknown: 'Dernière erreur',
  lastErrorAt: '{{code}} · {{when}}',
  noAnswer: 'Pas de réponse',
  seeDelivery: 'Ouvrir cette livraison',
  lastDelivered: 'Dernière livraison réussie {{when}}',
  notInHistory:
    'La console n’a pas encore lu les livraisons de cet endpoint : son état s’affichera ici d’ici une minute.',
}
