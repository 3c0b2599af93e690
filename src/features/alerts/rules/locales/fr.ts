import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises des règles d’alerte (espace de noms `alerts/rules`). */
export const fr: Strings<typeof en> = {
  title: 'Règles',
  description:
    'Chaque règle dit quoi surveiller et qui prévenir. Un message par panne, et un autre quand tout est rétabli.',
  add: 'Ajouter une règle',
  listLabel: 'Règles d’alerte',
  empty: 'Aucune règle pour l’instant : personne n’est prévenu quand une intégration tombe en panne.',
  emptyViewer: 'Aucune règle pour l’instant. Un administrateur peut en ajouter une.',
  viewerNote: 'Seuls les administrateurs peuvent modifier les règles.',
  off: 'Désactivée',
  edit: 'Modifier',
  editLabel: 'Modifier la règle « {{name}} »',
  delete: 'Supprimer',
  deleteLabel: 'Supprimer la règle « {{name}} »',
  changed: 'Modifiée par {{who}} le {{when}}',
  sentence: {
    every: 'une intégration',
    one: 'l’intégration « {{name}} »',
    gone: 'une intégration qui n’existe plus ({{id}})',
    suspended: 'Quand {{scope}} est suspendue par Lucca',
    'receiver-gone': 'Quand le récepteur de {{scope}} répond 404 ou 410 (adresse disparue)',
    'low-success-rate':
      'Quand moins de {{percent}} % des envois vers {{scope}} arrivent sur {{minutes}} minutes, avec au moins {{minDeliveries}} envois',
    silent:
      'Quand {{scope}} ne reçoit aucun envoi pendant {{hours}} heures, alors qu’elle en reçoit d’habitude',
    recovery: 'puis quand tout est rétabli',
    kinds: {
      email: 'e-mail à {{target}}',
      'endpoint-owner': 'le responsable de l’intégration',
      slack: 'Slack',
      teams: 'Microsoft Teams',
      webhook: 'webhook signé {{target}}',
    },
    language: '{{who}} ({{language}})',
    languages: { en: 'anglais', fr: 'français' },
  },
  secret: {
    title: 'Pour votre développeur : comment les webhooks signés sont signés',
    intro:
      'Les messages vers un webhook signé suivent Standard Webhooks : chaque requête porte les en-têtes webhook-id, webhook-timestamp et webhook-signature. La signature est « v1, » suivi du HMAC-SHA256 en base64 de « id.timestamp.corps », avec ce secret pour clé. Les bibliothèques standardwebhooks la vérifient en un appel :',
    value: 'Secret de signature',
    show: 'Afficher le secret',
    hide: 'Masquer le secret',
    copy: 'Copier',
    copied: 'Copié',
    copiedAnnouncement: 'Secret de signature copié',
    created: 'Créé le {{when}}',
    renew: 'Renouveler le secret',
    renewTitle: 'Renouveler le secret de signature ?',
    renewBody:
      'L’ancien secret cesse de fonctionner aussitôt : vos outils refuseront les prochains messages d’alerte jusqu’à ce que votre développeur y mette le nouveau.',
    renewed: 'Nouveau secret de signature créé. Transmettez-le à votre développeur.',
  },
  deleteConfirm: {
    title: 'Supprimer la règle « {{name}} » ?',
    body: 'Plus personne ne sera prévenu de ce qu’elle surveille. Les alertes déjà levées restent dans la liste.',
    confirm: 'Supprimer la règle',
    done: 'Règle supprimée.',
  },
  form: {
    newTitle: 'Nouvelle règle',
    editTitle: 'Modifier « {{name}} »',
    name: 'Nom',
    nameHint: 'Le nom de la règle dans les messages et dans cette liste, par exemple « Paie en panne ».',
    enabled: 'Active',
    enabledHint: 'Une règle désactivée ne lève aucune alerte.',
    condition: 'Quand alerter',
    conditions: {
      suspended: 'Lucca suspend l’intégration',
      'receiver-gone': 'Le récepteur indique que l’adresse n’existe plus (404 ou 410)',
      'low-success-rate': 'Trop d’envois échouent',
      silent: 'Aucun envoi depuis un moment',
    },
    conditionHints: {
      suspended:
        'Lucca cesse les envois après des échecs répétés ; les événements attendent la réactivation.',
      'receiver-gone':
        'Lucca suspend aussitôt quand le récepteur répond ainsi : souvent une adresse qui a changé.',
      'low-success-rate': 'La part des envois qui arrivent passe sous un seuil que vous choisissez.',
      silent:
        'Pour une intégration qui reçoit d’habitude des envois : aucun depuis un certain nombre d’heures.',
    },
    scope: 'Quelles intégrations',
    every: 'Toutes les intégrations',
    gone: 'Une intégration qui n’existe plus ({{id}})',
    percent: 'Moins de (%)',
    minutes: 'Sur (minutes)',
    minDeliveries: 'Avec au moins (envois)',
    lowRatePreview:
      'Moins de {{percent}} % d’envois arrivés sur {{minutes}} minutes, quand au moins {{minDeliveries}} sont partis.',
    hours: 'Aucun envoi depuis (heures)',
    notifyRecovery: 'Prévenir aussi quand tout est rétabli',
    notifyRecoveryHint:
      'Envoie un second message quand l’intégration fonctionne à nouveau, avec la durée de la panne.',
    recipients: 'Qui prévenir',
    recipient: 'Destinataire {{number}}',
    kind: 'Envoyer à',
    kinds: {
      email: 'Une adresse e-mail',
      'endpoint-owner': 'Le responsable de l’intégration',
      slack: 'Un canal Slack (webhook entrant)',
      teams: 'Un canal Microsoft Teams (webhook entrant)',
      webhook: 'Votre propre outil (webhook signé)',
    },
    address: 'Adresse e-mail',
    url: 'Adresse du webhook',
    urlHints: {
      slack:
        'Dans Slack : Applications → Incoming Webhooks → Ajouter à un canal ; commence par https://hooks.slack.com/.',
      teams:
        'Dans Teams : Workflows du canal → « Publier dans un canal à la réception d’une requête webhook ».',
      webhook:
        'Une adresse https:// de vos outils ; chaque message est signé (voir « Pour votre développeur »).',
    },
    ownerHint:
      'L’e-mail de contact des notes de la console sur l’intégration ; rien n’est envoyé s’il n’y en a pas.',
    language: 'Langue',
    languages: { en: 'Anglais', fr: 'Français' },
    addRecipient: 'Ajouter un destinataire',
    removeRecipient: 'Retirer le destinataire {{number}}',
    save: 'Enregistrer la règle',
    cancel: 'Annuler',
    saved: 'Règle enregistrée.',
    notSaved: 'La règle n’a pas été enregistrée',
    errors: {
      name: 'Donnez un nom à la règle (120 caractères au plus).',
      percent: 'Un nombre entier de 1 à 100.',
      minutes: 'Un nombre entier de minutes, de 5 à 1 440.',
      minDeliveries: 'Un nombre entier de 1 à 10 000.',
      hours: 'Un nombre entier d’heures, de 1 à 168.',
      recipients: 'Ajoutez au moins un destinataire (20 au plus).',
      address: 'Saisissez une adresse e-mail, par exemple nom@exemple.fr.',
      url: 'Saisissez l’adresse complète du webhook, commençant par https://.',
      endpointId: 'Choisissez une intégration.',
    },
  },
}
