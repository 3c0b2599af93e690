import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de l’historique (espace de noms `history`). */
export const fr: Strings<typeof en> = {
  freshness: {
    justNow: 'Mis à jour à l’instant',
    seconds: 'Mis à jour il y a {{seconds}} s',
    minutes: 'Mis à jour il y a {{minutes}} min',
    hours: 'Mis à jour il y a {{hours}} h',
    days: 'Mis à jour il y a {{days}} j',
    firstRead: 'La console lit votre compte Lucca pour la première fois…',
    firstReadProgress: 'Première lecture de votre compte Lucca : {{percent}} %',
    catchingUp: 'Rattrapage en cours…',
    catchingUpProgress: 'Rattrapage en cours : {{percent}} %',
    pausedDown: 'En pause : Lucca ne répond pas',
    pausedRateLimit: 'En pause : la limite de requêtes Lucca est atteinte',
    pausedAuth: 'En pause : Lucca refuse les identifiants de la console',
  },
  live: { off: 'Mises à jour en direct coupées — actualisation toutes les 30 s' },
  meter: {
    usage: 'Console : {{used}} appels sur {{limit}} cette minute, dont {{collector}} par le collecteur',
    title: 'Appels à Lucca cette minute',
    explain:
      'Lucca accepte {{limit}} appels par minute pour toute votre entreprise, paie et autres outils compris.',
    share:
      'Cette console s’en tient à {{consoleLimit}}. Son collecteur, qui tient cet historique, en utilise au plus {{collectorShare}}, et les actions des administrateurs passent toujours en premier.',
    retention: 'L’historique est conservé {{days}} jours, au-delà des 2 mois de Lucca.',
  },
  notReady: {
    title: 'La console lit votre compte Lucca pour la première fois…',
    body: 'Quelques appels à la fois, pour laisser la limite de Lucca à vos autres outils. Les points de terminaison s’affichent ici au fur et à mesure.',
    progress: 'Déjà lu : {{percent}} %',
  },
}
