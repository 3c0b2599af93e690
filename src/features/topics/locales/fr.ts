import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises du catalogue des types d’événements (espace de noms `topics`). */
export const fr: Strings<typeof en> = {
  list: {
    title: 'Types d’événements',
    description:
      'Ce qui déclenche chaque envoi de Lucca, ce qu’il contient, et quelles données personnelles sortent de Lucca.',
    chains: 'Un changement, plusieurs événements',
    personal: 'Données personnelles',
  },
  topic: {
    all: 'Tous les types d’événements',
    firesWhen: 'Lucca l’envoie quand',
    chain: 'Il arrive avec d’autres événements',
    fields: 'Ce qu’il contient',
    personal: 'Donnée personnelle',
    personalCount_one:
      '{{count}} champ contient une donnée personnelle : elle sort de Lucca à chaque événement (RGPD).',
    personalCount_other:
      '{{count}} champs contiennent des données personnelles : elles sortent de Lucca à chaque événement (RGPD).',
    noPersonal: 'Aucun champ ne contient de donnée personnelle.',
    toConfirm: 'à confirmer',
    toConfirmNote:
      'Le contrat publié par Lucca ne détaille pas les champs de cette fiche : ceux marqués « à confirmer » suivent les exemples et les noms de Lucca, et peuvent différer.',
    developer: 'Pour votre intégrateur',
    envelope: 'Autour de la fiche, dans chaque événement',
    example: 'Exemple (personnes fictives)',
    format: 'Format des messages',
    formats: { default: 'Format Lucca', cloudEvents: 'CloudEvents' },
    version: 'Version de l’API',
    source: 'Source : {{source}}',
    unknown: 'Cette console ne connaît pas le type d’événement « {{topic}} ».',
  },
}
