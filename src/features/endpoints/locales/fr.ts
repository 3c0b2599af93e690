import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises des points de terminaison (espace de noms `endpoints`). */
export const fr: Strings<typeof en> = {
  deliveriesLink: 'Envois et dépannage',
  status: {
    active: {
      label: 'Actif',
      title: 'Actif : les événements partent',
      explain:
        'Lucca envoie chaque événement correspondant à cette adresse. Après un échec, Lucca fait jusqu’à 5 nouvelles tentatives sur 24 heures.',
    },
    suspended: {
      label: 'Suspendu',
      title: 'Suspendu : plus rien n’est envoyé',
      explain:
        'Lucca a cessé les envois car le récepteur échouait sans cesse ou a répondu 404/410. Les événements restent enregistrés et partiront dès la réactivation.',
    },
    inactive: {
      label: 'Inactif',
      title: 'Inactif : désactivé',
      explain:
        'Rien n’est envoyé et les événements ne sont pas conservés pour ce point de terminaison. Activez-le pour recevoir de nouveau les événements.',
    },
  },
  list: {
    title: 'Points de terminaison des webhooks',
    description: 'Les adresses auxquelles Lucca envoie une notification quand des données RH changent.',
    newEndpoint: 'Nouveau point de terminaison',
    columns: {
      url: 'URL du webhook',
      topics: 'Types d’événements',
      status: 'Statut',
      health: 'Santé',
      created: 'Créé le',
      actions: 'Actions',
    },
    owner: 'Responsable : {{owner}}',
    total_one: '{{count}} point de terminaison',
    total_other: '{{count}} points de terminaison',
    matching_one: '{{count}} sur {{total}} correspond',
    matching_other: '{{count}} sur {{total}} correspondent',
    moreTopics_one: '+{{count}} autre',
    moreTopics_other: '+{{count}} autres',
    fewerTopics: 'Réduire',
    moreActions: 'Autres actions pour {{endpoint}}',
    emptyTitle: 'Aucun point de terminaison',
    emptyBody:
      'Créez un point de terminaison pour prévenir une autre application, en temps réel, quand des collaborateurs, des absences ou d’autres données RH changent.',
    createFirst: 'Créer votre premier point de terminaison',
    noMatch: 'Aucun point de terminaison ne correspond',
    previous: 'Précédent',
    next: 'Suivant',
    pages: 'Pages',
    page: 'Page {{page}}',
  },
  filters: {
    search: 'Rechercher',
    searchPlaceholder: 'URL, nom, description ou responsable',
    status: 'Statut',
    health: 'Santé',
    topic: 'Type d’événement',
    anyTopic: 'Tous les types d’événements',
    sort: 'Trier par',
    clear: 'Effacer les filtres',
  },
  sorts: {
    health: 'Santé, problèmes d’abord',
    lastFailure: 'Échec le plus récent d’abord',
    lastDelivery: 'Envoi le plus récent d’abord',
    name: 'Nom',
    created: 'Plus anciens d’abord',
    '-created': 'Plus récents d’abord',
  },
  banner: {
    title_one: '{{count}} intégration est en échec',
    title_other: '{{count}} intégrations sont en échec',
    more_one: 'et {{count}} autre',
    more_other: 'et {{count}} autres',
    seeAll: 'Voir les points de terminaison en échec',
  },
  health: {
    states: { failing: 'En échec', degraded: 'Dégradé', healthy: 'Sain', quiet: 'Sans activité' },
    none: 'Aucun envoi récent',
    rate: '{{percent}} %',
    explain:
      '7 derniers jours : {{delivered}} envois sur {{total}} sont arrivés au récepteur, {{retrying}} en attente d’une nouvelle tentative.',
    lastFailure: 'Dernier échec {{when}}',
    lastDelivery: 'Dernier envoi {{when}}',
    noAnswer: 'pas de réponse',
  },
  origin: {
    outside: 'Créé hors de cette console — secret inconnu ici',
    explain:
      'Créé dans Lucca ou par un autre outil. Lucca ne montre le secret de signature qu’une fois, à qui crée le point de terminaison : demandez-le-lui, ou recréez le point de terminaison ici.',
  },
  topics: {
    other: 'Autres types d’événements',
    unknown: 'Un type d’événement que cette console ne connaît pas encore.',
    changes: {
      created: '{{resource}} : création',
      updated: '{{resource}} : modification',
      deleted: '{{resource}} : suppression',
    },
    resources: {
      employee: 'Collaborateur',
      employment: 'Contrat de travail',
      'job-position': 'Poste',
      'employee-extension': 'Champs personnalisés du collaborateur',
      'employee-personal-record': 'Dossier personnel du collaborateur',
      'legal-entity': 'Entité légale',
      'business-establishment': 'Établissement',
      department: 'Département',
      'job-qualification': 'Qualification',
      'occupation-category': 'Catégorie socioprofessionnelle',
      leave: 'Absence',
      'leave-request': 'Demande d’absence',
      'leave-request-decision': 'Décision sur une demande d’absence',
      'calendar-event': 'Événement de calendrier',
    },
  },
  detail: {
    contentTypes: { default: 'Format Lucca', cloudEvents: 'CloudEvents' },
    details: 'Détails',
    allEstablishments: 'Tous les établissements',
    fields: {
      webhookUrl: 'URL du webhook',
      status: 'Statut',
      name: 'Nom',
      id: 'Identifiant',
      topics: 'Types d’événements',
      contentType: 'Format des messages',
      apiVersion: 'Version de l’API',
      establishments: 'Établissements',
      createdAt: 'Créé le',
      lastUpdatedAt: 'Modifié le',
    },
  },
  statusChange: {
    activateTitle: 'Activer « {{endpoint}} » ?',
    disableTitle: 'Désactiver « {{endpoint}} » ?',
    activate: 'Activer',
    disable: 'Désactiver',
    disableBody:
      'Lucca cessera d’envoyer des notifications à cette adresse et ne conservera pas les événements pour elle.',
    challengeFailed: 'Le récepteur n’a pas passé la vérification de l’adresse : {{reason}}',
    failed: 'Impossible de changer le statut',
  },
  reactivate: {
    action: 'Réactiver le point de terminaison',
    done: 'Point de terminaison réactivé : les événements conservés partent.',
    failed: 'La réactivation a échoué',
  },
  challenge: {
    intro: 'Avant tout envoi, Lucca vérifie que le récepteur est prêt. Il appelle l’adresse une fois :',
    status: 'Le récepteur doit répondre 200 OK…',
    body: '…avec la seule valeur echo comme corps en texte brut.',
    time: 'En moins de 3 secondes. Le point de terminaison devient alors actif et les événements conservés entre-temps sont envoyés.',
  },
  delete: {
    title: 'Supprimer « {{endpoint}} » ?',
    body: 'Lucca cessera immédiatement les envois à cette adresse. Les envois passés restent visibles. Action irréversible.',
    confirm: 'Supprimer le point de terminaison',
    word: 'supprimer',
    production: 'Compte de production : les intégrations réelles ne recevront plus d’événements.',
  },
  actions: {
    enable: 'Activer',
    disable: 'Désactiver',
    reactivate: 'Réactiver',
    delete: 'Supprimer',
  },
}
