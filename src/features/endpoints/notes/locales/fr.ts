import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises des notes de la console sur un point de terminaison (espace de noms `endpoints/notes`). */
export const fr: Strings<typeof en> = {
  notes: {
    title: 'Notes de la console',
    scope:
      'Conservées par cette console pour les administrateurs de ce compte, pas par Lucca : ni Lucca ni l’application destinataire ne les voient.',
    description: 'Description',
    descriptionHint: 'À quoi sert ce point de terminaison, en une phrase.',
    owner: 'Responsable ou contact de l’intégrateur',
    ownerName: 'Nom du contact',
    ownerEmail: 'E-mail du contact',
    notes: 'Notes',
    notesHint:
      'Ce que le prochain administrateur doit savoir : qui appeler, particularités connues, historique.',
    notSet: 'Non renseigné',
    empty: 'Aucune note pour l’instant.',
    emptyAdmin:
      'Aucune note pour l’instant. Indiquez à quoi sert ce point de terminaison et qui contacter en cas de problème.',
    updated: 'Modifiées par {{user}} le {{date}}',
    add: 'Ajouter des notes',
    edit: 'Modifier les notes',
    save: 'Enregistrer les notes',
    cancel: 'Annuler',
    saved: 'Notes de la console enregistrées.',
    notSaved:
      'Les notes n’ont pas été enregistrées. Votre saisie est conservée : réessayez quand la console répondra de nouveau.',
    readOnly: 'Seuls les administrateurs peuvent modifier ces notes.',
    errors: {
      tooLong: '{{max}} caractères au maximum ({{count}} actuellement).',
      email: 'Saisissez une adresse e-mail, par exemple nom@exemple.fr.',
    },
  },
}
