import type { Strings } from '../../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de deliveries/diagnosis (espace de noms `deliveries/diagnosis`). */
export const fr: Strings<typeof en> = {
  diagnosis: {
    howToFix: 'Comment corriger',
    gone: {
      title: 'L’adresse du serveur récepteur n’existe pas',
      code: 'HTTP 404 ou 410',
      action:
        'Demandez à votre intégrateur de vérifier l’adresse de ce point de terminaison, puis réactivez-le : Lucca envoie alors les événements conservés.',
      cause:
        'Votre récepteur a répondu « introuvable » ou « supprimé ». Lucca comprend « cette URL n’est plus utilisée » : il arrête les tentatives et suspend immédiatement le point de terminaison. Les événements survenus entre-temps sont conservés, pas envoyés.',
      fix: [
        'Vérifiez l’URL de réception : faute de frappe, route supprimée ou déploiement qui l’a déplacée.',
        'Assurez-vous que le récepteur passe la vérification de l’adresse : à la requête GET avec ?echo=…, il doit répondre 200 avec la valeur reçue.',
        'Réactivez le point de terminaison : Lucca vérifie de nouveau l’adresse, puis envoie les événements conservés.',
      ],
    },
    auth: {
      title: 'Votre serveur récepteur a refusé la requête',
      code: 'HTTP 401 ou 403',
      action:
        'Votre intégrateur doit vérifier comment le récepteur contrôle la signature, et qu’il laisse passer les requêtes de Lucca.',
      cause:
        'Le récepteur a refusé l’appel : en général la vérification de signature a échoué, ou il attend sa propre authentification (jeton, authentification basique, liste d’IP) que Lucca n’envoie pas.',
      fix: [
        'Vérifiez la signature comme Lucca la calcule : Base64(HMAC-SHA256(secret, Lucca-Timestamp + "." + corps brut)).',
        'Utilisez le corps brut tel que reçu, avant toute analyse ou réécriture du JSON.',
        'Vérifiez que le récepteur utilise le secret de ce point de terminaison, exactement comme affiché à sa création.',
        'Retirez toute autre authentification de l’URL de réception, ou laissez passer les requêtes de Lucca.',
      ],
    },
    timeout: {
      title: 'Votre serveur récepteur a répondu trop lentement',
      code: 'Délai dépassé : pas de réponse en 3 secondes',
      action:
        'Votre intégrateur doit faire répondre le récepteur tout de suite et traiter l’événement ensuite.',
      cause: 'Lucca attend au plus 3 secondes. Le récepteur n’a pas répondu à temps : la tentative a échoué.',
      fix: [
        'Répondez en moins de 3 secondes : enregistrez l’événement, répondez 202 tout de suite, traitez-le ensuite (file ou tâche de fond).',
        'Vérifiez que le récepteur n’est pas bloqué par une base de données, un verrou ou un appel lent.',
      ],
    },
    server: {
      title: 'Votre serveur récepteur a rencontré une erreur',
      code: 'HTTP 5xx (erreur serveur)',
      action:
        'Transmettez ces détails à votre intégrateur. Une fois l’erreur corrigée, renvoyez l’événement.',
      cause: 'Le récepteur a répondu par une erreur serveur.',
      fix: [
        'Consultez les journaux du récepteur à l’heure de la tentative ; la réponse ci-dessous indique peut-être la cause.',
        'Corrigez l’erreur, puis renvoyez l’événement avec « Renvoyer cet événement ».',
      ],
    },
    tls: {
      title: 'La connexion sécurisée au serveur récepteur a échoué',
      code: 'Certificat TLS',
      action:
        'Le certificat de sécurité du récepteur doit être renouvelé ou corrigé : demandez à votre intégrateur.',
      cause:
        'Lucca n’a pas pu établir la connexion HTTPS : certificat expiré, auto-signé, émis pour un autre nom, ou chaîne incomplète.',
      fix: [
        'Installez un certificat d’une autorité publique pour le nom d’hôte exact, avec sa chaîne complète.',
        'Testez l’URL avec un vérificateur SSL externe.',
      ],
    },
    dns: {
      title: 'Le nom du serveur récepteur est introuvable',
      code: 'DNS : le nom d’hôte n’est pas résolu',
      action: 'Vérifiez l’orthographe de l’adresse avec votre intégrateur.',
      cause: 'Le nom d’hôte de l’URL de réception n’a pas pu être résolu.',
      fix: [
        'Vérifiez l’orthographe du nom d’hôte.',
        'Vérifiez que son enregistrement DNS existe et est public (pas seulement interne).',
      ],
    },
    connection: {
      title: 'La connexion au récepteur a échoué',
      code: 'Connexion refusée ou coupée',
      action:
        'Vérifiez avec votre intégrateur que le récepteur fonctionne et qu’aucun pare-feu ne bloque Lucca.',
      cause:
        'Le récepteur a refusé ou coupé la connexion : rien n’écoute sur ce port, ou un pare-feu bloque Lucca.',
      fix: [
        'Vérifiez que le récepteur tourne et est joignable depuis Internet en HTTPS.',
        'Autorisez Lucca dans le pare-feu.',
      ],
    },
    rateLimited: {
      title: 'Votre serveur récepteur freine Lucca',
      code: 'HTTP 429',
      action: 'Demandez à votre intégrateur d’accepter davantage de requêtes de Lucca.',
      cause: 'Le récepteur a répondu « trop de requêtes ».',
      fix: [
        'Augmentez la limite du récepteur pour Lucca, ou répondez 202 rapidement et mettez le travail en file.',
      ],
    },
    redirect: {
      title: 'Votre serveur récepteur redirige Lucca ailleurs',
      code: 'HTTP 3xx (redirection)',
      action: 'Demandez l’adresse finale à votre intégrateur et indiquez-la dans le point de terminaison.',
      cause: 'Lucca ne suit pas les redirections : la tentative compte comme un échec.',
      fix: ['Indiquez comme URL de réception l’URL finale (après la redirection).'],
    },
    rejected: {
      title: 'Votre serveur récepteur n’a pas accepté l’événement',
      code: 'HTTP 4xx (erreur client)',
      action:
        'Transmettez ces détails à votre intégrateur : la réponse du récepteur indique souvent le problème.',
      cause: 'Le récepteur a répondu par une erreur client : il n’a pas accepté l’événement tel qu’envoyé.',
      fix: [
        'Lisez la réponse ci-dessous : elle nomme souvent le problème.',
        'Vérifiez que le récepteur accepte un POST JSON et répond 2xx à tout événement reçu.',
      ],
    },
    network: {
      title: 'Aucune réponse du récepteur',
      code: 'Aucune réponse HTTP',
      action: 'Vérifiez avec votre intégrateur que le récepteur est en ligne.',
      cause: 'Lucca n’a reçu aucune réponse HTTP et n’indique pas de raison précise.',
      fix: ['Vérifiez que le récepteur est en ligne et joignable depuis Internet en HTTPS.'],
    },
  },
  report: {
    copy: 'Copier le rapport pour l’intégrateur',
    copied: 'Rapport copié. Il ne contient aucun secret.',
    copyFailed: 'Le rapport n’a pas pu être copié',
    heading: 'Webhooks Lucca : rapport d’envoi',
    endpoint: 'Point de terminaison : {{name}} (id {{id}})',
    url: 'URL de réception : {{url}}',
    endpointStatus: 'Statut du point de terminaison : {{status}}',
    statuses: { active: 'actif', suspended: 'suspendu', inactive: 'inactif' },
    generated: 'Généré le : {{at}}',
    counts:
      '{{total}} derniers envois : {{delivered}} arrivés, {{undelivered}} pas encore arrivés, {{failed}} en échec.',
    noFailures: 'Aucune tentative en échec parmi elles.',
    failuresHeading: 'Tentatives récentes en échec (heure UTC · événement · statut HTTP · diagnostic) :',
    noResponse: 'aucune réponse',
    body: 'Réponse :',
    cause: '{{title}} : {{cause}}',
    signatureScheme:
      'Signature : Lucca-Signature = Base64(HMAC-SHA256(secret du point de terminaison, Lucca-Timestamp + "." + corps brut)) ; refusez les horodatages décalés de plus de 5 minutes.',
    noSecrets: 'Ce rapport ne contient aucun secret ni aucune donnée d’événement.',
  },
}
