import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises des graphiques (espace de noms `health`). */
export const fr: Strings<typeof en> = {
  page: {
    title: 'Santé',
    description:
      'Comment se portent vos intégrations : ce qui est arrivé aux récepteurs, ce qui a échoué, et en combien de temps.',
  },
  range: {
    label: 'Période',
    '24h': '24 heures',
    '7d': '7 jours',
    '30d': '30 jours',
    '90d': '90 jours',
    last: {
      '24h': 'les dernières 24 heures',
      '7d': 'les 7 derniers jours',
      '30d': 'les 30 derniers jours',
      '90d': 'les 90 derniers jours',
    },
  },
  empty: 'Aucun envoi sur {{span}}.',
  loading: 'Chargement des graphiques',
  series: {
    delivered: 'Arrivés',
    failing: 'Pas encore arrivés',
    failed: 'En échec',
    successRate: 'Taux de réussite',
    p50: 'Habituel (médiane)',
    p95: 'Les plus lents (95 %)',
    '2xx': 'Acceptés (2xx)',
    '3xx': 'Redirigés (3xx)',
    '4xx': 'Refusés (4xx)',
    '5xx': 'Erreur du récepteur (5xx)',
    none: 'Pas de réponse',
  },
  charts: {
    deliveries: {
      title: 'Envois',
      caption:
        'Combien d’envois sont arrivés au récepteur, attendent une nouvelle tentative, ou ont été abandonnés, {{per}}.',
    },
    successRate: {
      title: 'Taux de réussite',
      caption: 'La part des envois arrivés au récepteur, {{per}}.',
    },
    codes: {
      title: 'Réponses du récepteur',
      caption: 'Ce que le récepteur a répondu à chaque tentative, {{per}}.',
    },
    time: {
      title: 'Délai d’arrivée',
      caption:
        'Le temps mis par un envoi pour arriver au récepteur, nouvelles tentatives comprises, {{per}}.',
    },
  },
  per: { hour: 'heure par heure', sixHours: 'par tranche de 6 heures', day: 'jour par jour (UTC)' },
  topCodes: 'Réponses les plus fréquentes : {{codes}}',
  noAnswer: 'pas de réponse',
  table: {
    show: 'Voir sous forme de tableau',
    hide: 'Masquer le tableau',
    span: 'Période',
    none: '—',
  },
  tooltip: { open: 'Cliquez pour voir ces envois' },
  duration: { ms: '{{value}} ms', s: '{{value}} s', min: '{{value}} min', h: '{{value}} h' },
  percent: '{{value}} %',
}
