import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de la vérification de connexion (espace `connection`). */
export const fr: Strings<typeof en> = {
  connection: {
    title: 'Connexion',
    description: 'Vérifie que la console peut travailler avec votre compte Lucca.',
    run: 'Vérifier à nouveau',
    allGood: 'Toutes les étapes sont réussies : la console est connectée à {{label}}.',
    someFailed: 'Une étape a échoué : corrigez-la pour que la console travaille avec {{label}}.',
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
      scope: 'Refusée : il manque un droit (voir l’étape précédente).',
      budget: 'La console a fait {{used}} de ses {{limit}} appels à Lucca dans la dernière minute.',
      'not-enabled':
        'Lucca refuse l’API des webhooks pour ce compte : ils n’y sont peut-être pas encore activés.',
    },
    losses: {
      'webhook-endpoints-readwrite': {
        readOnly: 'lecture seule, rien ne peut être créé ni modifié',
        none: 'rien ne fonctionne',
      },
      'webhook-deliveries-readwrite': { readOnly: 'ni envoi de test ni renvoi', none: 'aucun envoi' },
      'events-readonly': { readOnly: 'aucun événement', none: 'aucun événement' },
    },
    fixes: {
      refused:
        'Vérifiez l’adresse et le port, ou demandez à votre équipe informatique de lui ouvrir l’accès à {{host}}.',
      timeout:
        'Un pare-feu bloque peut-être la connexion : demandez à votre équipe informatique de lui ouvrir l’accès à {{host}}.',
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
