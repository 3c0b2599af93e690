import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises du formulaire des points de terminaison (espace de noms `endpoints/form`). */
export const fr: Strings<typeof en> = {
  form: {
    testReceiver: {
      intro: 'Pas encore de récepteur ? Essayez la console avec son récepteur de test local, qui :',
      ok: 'accepte tous les envois',
      okHint: 'Répond 202 aussitôt : les envois arrivent.',
      fail: 'échoue (HTTP 500)',
      failHint: 'Répond 500 : Lucca fait de nouvelles tentatives, puis abandonne.',
      slow: 'répond trop tard',
      slowHint: 'Attend 5 secondes ; Lucca cesse d’attendre après 3 : délai dépassé.',
      gone: 'n’existe plus (404)',
      goneHint: 'Répond 404 : Lucca suspend aussitôt le point de terminaison.',
    },
    createTitle: 'Nouveau point de terminaison',
    createDescription: 'Indiquez à Lucca où envoyer les notifications et pour quels changements.',
    webhookUrl: 'URL du webhook',
    webhookUrlHelp:
      'L’adresse https:// de l’application qui reçoit les notifications. Lucca n’envoie que sur une connexion chiffrée et doit pouvoir la joindre depuis Internet.',
    webhookUrlHelpLocal:
      'L’adresse https:// qui reçoit les notifications. Lucca n’envoie que sur une connexion chiffrée. Ce compte local peut aussi joindre les adresses de cette machine.',
    topics: 'Types d’événements',
    topicsHelp: 'Les changements qui déclenchent une notification.',
    topicsCatalog: 'Ce que chacun signifie et contient (nouvel onglet)',
    topicsFilter: 'Filtrer, par ex. collaborateur ou absence',
    topicsNothingFound: 'Aucun type d’événement ne correspond',
    topicsSelected_one: '{{count}} type d’événement choisi',
    topicsSelected_other: '{{count}} types d’événements choisis',
    allOfResource: '{{resource}} : tous les changements',
    name: 'Nom',
    nameHelp: 'Facultatif. Un libellé pour reconnaître ce point de terminaison, par ex. « Synchro paie ».',
    contentType: 'Format des messages',
    contentTypeHelp:
      'La forme de chaque notification. En cas de doute, demandez à l’équipe de l’application réceptrice.',
    contentTypeDefault: 'Format Lucca (recommandé)',
    contentTypeDefaultHelp: 'Le format d’événement de Lucca, compris par la plupart des intégrations.',
    contentTypeCloudEvents: 'CloudEvents',
    contentTypeCloudEventsHelp: 'Le standard CloudEvents, pour les récepteurs conçus pour lui.',
    apiVersion: 'Version de l’API',
    apiVersionHelp:
      'La version des données Lucca dans chaque notification. Gardez la valeur par défaut sauf indication contraire.',
    activate: 'Commencer les envois maintenant',
    activateHelp: 'Sinon le point de terminaison est créé inactif et vous pourrez l’activer plus tard.',
    challengeHint:
      'Lucca vérifie d’abord que votre serveur récepteur répond à cette adresse, puis commence les envois.',
    advanced: 'Options avancées',
    advancedHelp:
      'Le format des messages et la version de l’API. Gardez les valeurs par défaut, sauf si votre intégrateur demande autre chose.',
    create: 'Créer le point de terminaison',
    fixErrors: 'Lucca a refusé certaines valeurs. Corrigez les champs signalés puis réessayez.',
    errors: {
      urlRequired: 'Saisissez l’adresse qui recevra les notifications.',
      urlInvalid: 'Cette adresse n’est pas valide. Elle doit ressembler à https://hooks.exemple.fr/lucca.',
      urlNotHttps:
        'L’adresse doit commencer par https:// : Lucca n’envoie les notifications que sur une connexion chiffrée.',
      urlCredentials:
        'Retirez l’identifiant et le mot de passe de l’adresse : ils accompagneraient chaque notification. Votre récepteur vérifie la signature à la place.',
      urlPrivate:
        '« {{host}} » est une adresse locale ou de réseau privé : les serveurs de Lucca ne peuvent pas la joindre. Utilisez une adresse accessible depuis Internet.',
      urlLoopback:
        '« {{host}} » désigne cet ordinateur lui-même : les serveurs de Lucca ne peuvent pas le joindre. Utilisez une adresse accessible depuis Internet.',
      urlLinkLocal:
        '« {{host}} » est une adresse qui ne fonctionne qu’à l’intérieur d’un réseau local : les serveurs de Lucca ne peuvent pas la joindre. Utilisez une adresse accessible depuis Internet.',
      urlMetadata:
        '« {{host}} » est un service interne d’un serveur cloud, pas un récepteur de webhooks : Lucca n’y enverra pas de notifications.',
      urlReserved:
        '« {{host}} » est une adresse réservée, qui n’est pas utilisée sur Internet : les serveurs de Lucca ne peuvent pas la joindre. Utilisez une adresse accessible depuis Internet.',
      urlUnresolvable:
        '« {{host}} » est un nom qui n’existe qu’à l’intérieur d’un réseau privé : les serveurs de Lucca ne peuvent pas le trouver. Utilisez un nom complet sur Internet, comme hooks.exemple.fr.',
      urlTooLong: 'L’adresse est trop longue (500 caractères au plus).',
      nameTooLong: 'Le nom est trop long (255 caractères au plus).',
      topicsRequired: 'Choisissez au moins un type d’événement.',
      topicsTooMany: 'Choisissez au plus 100 types d’événements.',
      apiVersion: 'La version de l’API est une date comme 2024-11-01.',
    },
  },
  secret: {
    title: 'Enregistrez le secret de signature',
    intro:
      'Le point de terminaison « {{endpoint}} » est créé. Son récepteur a besoin de ce secret pour vérifier que les notifications viennent bien de Lucca.',
    onceTitle: 'Ce secret ne sera plus jamais affiché',
    onceBody:
      'Copiez-le maintenant dans l’application réceptrice ou un gestionnaire de mots de passe. S’il est perdu, il faudra créer un nouveau point de terminaison.',
    valueLabel: 'Secret de signature',
    show: 'Afficher le secret',
    hide: 'Masquer le secret',
    copy: 'Copier',
    copied: 'Copié',
    usage:
      'Chaque notification porte un en-tête Lucca-Signature : un HMAC-SHA256 de l’horodatage et du corps, calculé avec ce secret.',
    copiedAnnouncement: 'Le secret est copié dans le presse-papiers.',
    confirmStored: 'J’ai enregistré le secret en lieu sûr',
    nudge: 'Confirmez avoir enregistré le secret avant de fermer : il ne pourra plus être affiché.',
    done: 'Terminé',
  },
  edit: {
    title: 'Modifier l’URL et les types d’événements',
    save: 'Enregistrer',
    cancel: 'Annuler',
    saved: 'Point de terminaison mis à jour',
    urlChallenge: 'Avant d’enregistrer, Lucca fera une vérification de la nouvelle adresse.',
    impactTitle: 'Après l’enregistrement',
    added_one: 'Commence à recevoir {{count}} type d’événement :',
    added_other: 'Commence à recevoir {{count}} types d’événements :',
    removed_one: 'Cesse de recevoir {{count}} type d’événement :',
    removed_other: 'Cesse de recevoir {{count}} types d’événements :',
    conflictTitle: 'Ce point de terminaison a changé entre-temps',
    conflictBody:
      'Quelqu’un a enregistré une modification après l’ouverture de cette page. Rechargez pour la voir, puis refaites votre modification.',
    reload: 'Recharger le point de terminaison',
  },
}
