import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de la vérification de connexion (espace `connection`). */
export const fr: Strings<typeof en> = {
  connection: {
    title: 'Connexion',
    description:
      'Vérifie, étape par étape, que la console peut travailler avec votre compte Lucca, et indique quoi corriger. Chaque vérification utilise deux appels à Lucca.',
    run: 'Vérifier à nouveau',
    allGood: 'Toutes les étapes sont réussies : la console est connectée à {{label}}.',
    someFailed:
      'Une étape a échoué : la console ne peut pas travailler avec {{label}} tant qu’elle n’est pas corrigée.',
    fix: 'Que faire :',
    status: { ok: 'Réussie', failed: 'Échouée', warning: 'Attention', skipped: 'Non vérifiée' },
    steps: {
      config: 'Configuration',
      reach: 'Adresse de Lucca',
      'token-endpoint': 'Service de jetons',
      credentials: 'Identifiant et secret client',
      scopes: 'Droits (scopes)',
      'webhook-api': 'API des webhooks',
      budget: 'Quota de requêtes',
    },
    passed: {
      config: 'La configuration est complète et bien formée.',
      reach: '{{host}} répond.',
      'token-endpoint': 'Le service de connexion de Lucca ({{host}}) répond.',
      credentials: 'Lucca accepte l’identifiant et le secret client.',
      scopes: 'Les droits accordés couvrent tout ce que fait la console.',
      'webhook-api': 'L’API des webhooks répond pour ce compte.',
      budget: 'Aucun avis d’obsolescence de la part de Lucca.',
    },
    results: {
      skipped: 'Non vérifiée : une étape précédente a échoué.',
      dns: 'Le nom {{host}} n’existe pas.',
      tls: 'Le certificat de {{host}} n’est pas reconnu comme fiable.',
      'invalid-client':
        'Lucca ne reconnaît pas cet identifiant et ce secret client : vérifiez-les dans Lucca, rubrique Clés d’intégration.',
      refused: '{{host}} a refusé la connexion.',
      timeout: '{{host}} n’a pas répondu à temps.',
      network: 'La connexion à {{host}} a échoué.',
      'missing-scopes': 'Manquants : {{missing}}. Sans eux : {{losses}}.',
      scope:
        'Lucca refuse l’API des webhooks : il manque un droit à l’application cliente (voir l’étape précédente).',
      budget:
        'La console a fait {{used}} de ses {{limit}} appels à Lucca au cours de la dernière minute. Aucun avis d’obsolescence de la part de Lucca.',
      busy: 'La console a fait {{used}} de ses {{limit}} appels à Lucca au cours de la dernière minute : presque toute sa part.',
      'not-enabled':
        'Lucca refuse l’API des webhooks pour ce compte : les webhooks n’y sont peut-être pas encore activés.',
    },
    losses: {
      'webhook-endpoints-readwrite': {
        readOnly:
          'lecture seule, vous pouvez consulter les points de terminaison mais pas en créer, en modifier ni en supprimer',
        none: 'les points de terminaison ne peuvent pas être listés, donc rien ne fonctionne dans la console',
      },
      'webhook-deliveries-readwrite': {
        readOnly: 'vous pouvez consulter les envois mais pas faire d’envoi de test ni renvoyer un événement',
        none: 'les envois ne peuvent être ni listés, ni testés, ni renvoyés',
      },
      'events-readonly': {
        readOnly: 'les événements à l’origine des envois ne peuvent pas être affichés',
        none: 'les événements à l’origine des envois ne peuvent pas être affichés',
      },
    },
    fixes: {
      refused:
        'Vérifiez l’adresse et le port ; si la console est derrière un pare-feu ou un proxy, demandez à votre équipe informatique de lui ouvrir l’accès à {{host}}.',
      timeout:
        'Un pare-feu bloque peut-être la connexion : demandez à votre équipe informatique d’ouvrir à la console l’accès à {{host}} sur le port 443.',
      network: 'Vérifiez l’adresse et le réseau entre la console et {{host}}.',
      busy: 'Les listes peuvent se charger lentement un moment ; la console espace ses appels.',
      dns: 'Vérifiez l’adresse : c’est l’adresse Lucca de votre entreprise, par exemple https://acme.ilucca.net.',
      tls: 'Si votre entreprise inspecte le trafic HTTPS, donnez à la console le certificat de votre autorité interne ; sinon, vérifiez l’adresse.',
      'invalid-client':
        'Ouvrez {{adminUrl}}, retrouvez l’application cliente {{clientId}} et recopiez son identifiant et son secret dans la configuration de la console.',
      'missing-scopes':
        'Dans Lucca, rubrique Clés d’intégration, accordez les droits manquants à cette application cliente.',
      'not-enabled':
        'Les webhooks s’activent compte par compte : demandez au support Lucca de les activer pour ce compte.',
    },
  },
}
