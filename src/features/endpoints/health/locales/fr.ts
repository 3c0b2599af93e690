import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

export const fr: Strings<typeof en> = {
  title: 'Santé du point de terminaison',
  rate: '{{percent}} % arrivés sur les 7 derniers jours',
  counts: '{{delivered}} arrivés, {{failed}} en échec, {{retrying}} en attente d’une nouvelle tentative',
  quiet: 'Rien n’a été envoyé à ce point de terminaison ces 7 derniers jours.',
  failingSince: 'En échec depuis le {{when}} ({{ago}})',
  failingLong: 'En échec depuis le {{when}} au moins : aucun envoi n’est arrivé ces 30 derniers jours',
  lastError: 'Dernière erreur : {{what}}',
  lastErrorUnknown: 'Dernière erreur',
  lastErrorAt: '{{code}} · {{when}}',
  noAnswer: 'Pas de réponse',
  seeDelivery: 'Ouvrir cet envoi',
  lastDelivered: 'Dernier envoi arrivé {{when}}',
  notInHistory:
    'La console n’a pas encore lu les envois de ce point de terminaison : son état s’affichera ici d’ici une minute.',
}
