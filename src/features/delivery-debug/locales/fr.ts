import type { en } from './en'

/** Chaînes françaises de la fonctionnalité delivery-debug (espace de noms `deliveryDebug`). */
export const fr: typeof en = {
  status: {
    delivered: 'Livrée',
    queued: 'En file d’attente',
    pending: 'Nouvel essai prévu',
    held: 'En attente',
    failed: 'Échec',
  },
  live: {
    title: 'Où en est cette livraison',
    queued: 'En file chez Lucca : en attente de la première tentative…',
    delivered: 'Livrée à la tentative {{count}}.',
    failed_one: 'Échec après {{count}} tentative. Lucca ne réessaiera plus de lui-même.',
    failed_other: 'Échec après {{count}} tentatives. Lucca ne réessaiera plus de lui-même.',
    held: 'En attente : le point de terminaison est suspendu. Lucca conserve l’événement et l’enverra après la réactivation.',
    retrying: 'La tentative {{count}} a échoué. Prochaine tentative à {{time}} ({{relative}}).',
    attemptUnderWay: 'La tentative {{count}} est due : en attente de son résultat…',
    following: 'Suivi en direct : cette page se met à jour toute seule.',
    paused: 'En pause tant que cet onglet est masqué ; le suivi reprend à votre retour.',
    rateLimited: 'La limite de requêtes de Lucca est atteinte ; nouvel essai dans {{seconds}} s.',
  },
  diagnosis: {
    howToFix: 'Comment corriger',
    verifyLink: 'Vérifier le contrôle de signature',
    gone: {
      title: 'L’URL de réception n’existe pas (404/410)',
      cause:
        'Votre récepteur a répondu « introuvable » ou « supprimé ». Lucca comprend « cette URL n’est plus utilisée » : il arrête les essais et suspend immédiatement le point de terminaison. Les événements survenus entre-temps sont conservés, pas envoyés.',
      fix: [
        'Vérifiez l’URL de réception : faute de frappe, route supprimée ou déploiement qui l’a déplacée.',
        'Assurez-vous que le récepteur répond au défi d’activation (GET avec ?echo=…) par 200 et la valeur reçue.',
        'Réactivez le point de terminaison : Lucca refait le défi puis envoie les événements conservés.',
      ],
    },
    auth: {
      title: 'Votre récepteur a refusé la requête (401/403)',
      cause:
        'Le récepteur a refusé l’appel : en général la vérification de signature a échoué, ou il attend sa propre authentification (jeton, authentification basique, liste d’IP) que Lucca n’envoie pas. Lucca continue d’essayer.',
      fix: [
        'Vérifiez la signature comme Lucca la calcule : Base64(HMAC-SHA256(secret, Lucca-Timestamp + "." + corps brut)).',
        'Utilisez le corps brut tel que reçu, avant toute analyse ou réécriture du JSON.',
        'Vérifiez que le récepteur utilise le secret de ce point de terminaison, exactement comme affiché à sa création.',
        'Retirez toute autre authentification de l’URL de réception, ou laissez passer les requêtes de Lucca.',
      ],
    },
    timeout: {
      title: 'Votre récepteur a répondu trop lentement (délai dépassé)',
      cause: 'Lucca attend au plus 3 secondes. Le récepteur n’a pas répondu à temps : la tentative a échoué.',
      fix: [
        'Répondez en moins de 3 secondes : enregistrez l’événement, répondez 202 tout de suite, traitez-le ensuite (file ou tâche de fond).',
        'Vérifiez que le récepteur n’est pas bloqué par une base de données, un verrou ou un appel lent.',
      ],
    },
    server: {
      title: 'Votre récepteur a eu une erreur (5xx)',
      cause:
        'Le récepteur a répondu par une erreur serveur. Lucca réessaie plus tard, quelques fois sur environ 24 heures.',
      fix: [
        'Consultez les journaux du récepteur à l’heure de la tentative ; la réponse ci-dessous indique peut-être la cause.',
        'Corrigez l’erreur, puis relivrez les événements en échec (ou attendez la prochaine tentative).',
      ],
    },
    tls: {
      title: 'Échec de la connexion sécurisée (certificat TLS)',
      cause:
        'Lucca n’a pas pu établir la connexion HTTPS : certificat expiré, auto-signé, émis pour un autre nom, ou chaîne incomplète.',
      fix: [
        'Installez un certificat d’une autorité publique pour le nom d’hôte exact, avec sa chaîne complète.',
        'Testez l’URL avec un vérificateur SSL externe.',
      ],
    },
    dns: {
      title: 'Le nom d’hôte du récepteur est introuvable (DNS)',
      cause: 'Le nom d’hôte de l’URL de réception n’a pas pu être résolu.',
      fix: [
        'Vérifiez l’orthographe du nom d’hôte.',
        'Vérifiez que son enregistrement DNS existe et est public (pas seulement interne).',
      ],
    },
    connection: {
      title: 'La connexion au récepteur a échoué',
      cause:
        'Le récepteur a refusé ou coupé la connexion : rien n’écoute sur ce port, ou un pare-feu bloque Lucca.',
      fix: [
        'Vérifiez que le récepteur tourne et est joignable depuis Internet en HTTPS.',
        'Autorisez Lucca dans le pare-feu.',
      ],
    },
    rateLimited: {
      title: 'Votre récepteur limite Lucca (429)',
      cause: 'Le récepteur a répondu « trop de requêtes ». Lucca réessaie plus tard.',
      fix: [
        'Augmentez la limite du récepteur pour Lucca, ou répondez 202 rapidement et mettez le travail en file.',
      ],
    },
    redirect: {
      title: 'Votre récepteur a répondu par une redirection (3xx)',
      cause: 'Lucca ne suit pas les redirections : la tentative compte comme un échec.',
      fix: ['Indiquez comme URL de réception l’URL finale (après la redirection).'],
    },
    rejected: {
      title: 'Votre récepteur a refusé la requête (4xx)',
      cause: 'Le récepteur a répondu par une erreur client : il n’a pas accepté l’événement tel qu’envoyé.',
      fix: [
        'Lisez la réponse ci-dessous : elle nomme souvent le problème.',
        'Vérifiez que le récepteur accepte un POST JSON et répond 2xx à tout événement reçu.',
      ],
    },
    network: {
      title: 'Aucune réponse du récepteur',
      cause: 'Lucca n’a reçu aucune réponse HTTP et n’indique pas de raison précise.',
      fix: ['Vérifiez que le récepteur est en ligne et joignable depuis Internet en HTTPS.'],
    },
  },
  payload: {
    title: 'Contenu de l’événement',
    copy: 'Copier le contenu',
    copied: 'Copié',
    unavailable:
      'L’événement n’a pas pu être lu : il a peut-être dépassé la conservation de 2 mois de Lucca, ou Lucca n’a pas répondu.',
  },
  attempts: {
    title: 'Tentatives',
    number: 'Tentative {{number}}',
    code: 'HTTP {{code}}',
    noResponse: 'Aucune réponse',
    success: 'Réussie',
    failure: 'Échouée',
    diagnosis: 'Diagnostic :',
    errorBody: 'Réponse du récepteur',
    showMore: 'Afficher plus',
    showLess: 'Afficher moins',
    emptyBody: '(vide)',
    signature: 'Signature envoyée :',
    signatureUnknown: 'non communiquée par Lucca',
    none: 'Aucune tentative pour l’instant.',
  },
  timeline: {
    queued: 'En file',
    queuedHint: 'Lucca fait la première tentative sous peu.',
    nextAttempt: 'Prochaine tentative prévue',
    held: 'En attente de la réactivation du point de terminaison',
    failed: 'Plus de tentative automatique',
  },
  errors: { endpointNotActive: 'Le point de terminaison n’est pas actif. Réactivez-le d’abord.' },
  actions: {
    sendTest: 'Envoyer une livraison de test',
    sendFailed: 'La livraison de test n’a pas été envoyée',
    redeliver: 'Relivrer cet événement',
    redeliverFailed: 'L’événement n’a pas été relivré',
    reactivate: 'Réactiver le point de terminaison',
    reactivated: 'Point de terminaison réactivé : les événements conservés partent.',
    reactivateFailed: 'La réactivation a échoué',
  },
  detail: {
    status: 'Statut',
    topic: 'Sujet',
    occurredAt: 'Date de l’événement',
    endpoint: 'Point de terminaison',
    endpointHistory: 'Point de terminaison {{id}} : toutes les livraisons',
    eventId: 'Identifiant de l’événement',
    deliveryId: 'Identifiant de la livraison',
    unknown: 'Inconnu',
  },
  history: {
    status: 'Statut',
    allStatuses: 'Tous les statuts',
    statusOption: { delivered: 'Livrée', undelivered: 'Pas encore livrée', failed: 'Échec' },
    from: 'Du',
    to: 'Au',
    clear: 'Effacer les filtres',
    caption: 'Livraisons du point de terminaison {{id}}, les plus récentes d’abord',
    columns: {
      status: 'Statut',
      topic: 'Événement',
      occurredAt: 'Date de l’événement',
      attempts: 'Tentatives',
      nextAttempt: 'Prochaine tentative',
    },
    eventLabel: 'Événement {{id}}',
    empty: 'Aucune livraison ne correspond à ces filtres sur cette page.',
    prev: 'Plus récentes',
    next: 'Plus anciennes',
  },
  recent: {
    title: 'Envoyées depuis ce navigateur',
    test: 'Livraison de test, {{time}}',
    redelivery: 'Relivraison, {{time}}',
  },
  report: {
    copy: 'Copier le rapport pour l’intégrateur',
    copied: 'Rapport copié. Il ne contient aucun secret.',
    copyFailed: 'Le rapport n’a pas pu être copié',
    heading: 'Webhooks Lucca : rapport de livraison',
    endpoint: 'Point de terminaison : {{name}} (id {{id}})',
    url: 'URL de réception : {{url}}',
    endpointStatus: 'Statut du point de terminaison : {{status}}',
    generated: 'Généré le : {{at}}',
    counts:
      '{{total}} dernières livraisons : {{delivered}} livrées, {{undelivered}} pas encore livrées, {{failed}} en échec.',
    noFailures: 'Aucune tentative en échec parmi elles.',
    failuresHeading: 'Tentatives récentes en échec (heure UTC · événement · statut HTTP · diagnostic) :',
    noResponse: 'aucune réponse',
    body: 'Réponse :',
    signatureScheme:
      'Signature : Lucca-Signature = Base64(HMAC-SHA256(secret du point de terminaison, Lucca-Timestamp + "." + corps brut)) ; refusez les horodatages décalés de plus de 5 minutes.',
    noSecrets: 'Ce rapport ne contient aucun secret ni aucune donnée d’événement.',
  },
  recovery: {
    from: 'Du',
    to: 'Au',
    invalidWindow: 'Le début doit précéder la fin.',
    topics: 'Sujets',
    allTopics: 'Tous les sujets',
    count: 'Compter les événements concernés',
    adminsOnly: 'Vous pouvez compter les événements concernés ; seul un administrateur peut les relivrer.',
    notActive:
      'Ce point de terminaison n’est pas actif : Lucca refuse les relivraisons tant qu’il n’est pas réactivé.',
    scanning: 'Lecture des livraisons… {{count}} pour l’instant.',
    found_one: '{{count}} événement à relivrer ({{failed}} en échec, {{held}} en attente).',
    found_other: '{{count}} événements à relivrer ({{failed}} en échec, {{held}} en attente).',
    nothingSentYet: 'Rien n’a encore été envoyé. {{scanned}} livraisons ont été lues.',
    truncated:
      'Seules les livraisons les plus récentes ont été lues ; réduisez la période et relancez pour les plus anciennes.',
    run_one: 'Relivrer {{count}} événement',
    run_other: 'Relivrer {{count}} événements',
    startOver: 'Recommencer',
    progress: {
      running: 'Relivraison… {{done}} sur {{total}}',
      done: 'Terminé : {{sent}} relivrés, {{errors}} erreurs.',
      cancelled: 'Annulé après {{done}} sur {{total}} : {{sent}} relivrés, {{errors}} erreurs.',
    },
    progressLabel: 'Avancement de la relivraison',
    cancel: 'Annuler',
    seeHistory: 'Voir les livraisons',
  },
  pages: {
    delivery: 'Livraison',
    deliveries: 'Livraisons du point de terminaison {{id}}',
    deliveriesHint:
      'Chaque événement envoyé à ce point de terminaison, ses tentatives et ce qui n’a pas marché.',
    recovery: 'Reprise après une panne',
    recoveryHint:
      'Choisissez une période : la console compte les événements non livrés, puis les renvoie au rythme permis par la limite de requêtes de Lucca.',
    recover: 'Reprise après une panne',
    missingParam: 'Cette page a besoin d’un point de terminaison.',
  },
}
