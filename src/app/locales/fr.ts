import type { Strings } from '../../lib/strings'
import type { en } from './en'

/** Chaînes françaises du cadre de la console (espace de noms `translation`). */
export const fr: Strings<typeof en> = {
  app: { name: 'Console des webhooks Lucca' },
  nav: {
    main: 'Principal',
    endpoints: 'Points de terminaison',
    deliveries: 'Envois',
    backToEndpoints: 'Retour aux points de terminaison',
    health: 'Santé',
    verify: 'Vérifier un serveur récepteur',
    audit: 'Journal d’audit',
    users: 'Utilisateurs',
    alerts: 'Alertes',
    topics: 'Types d’événements',
    connection: 'Connexion',
  },
  shell: {
    loading: 'Chargement',
    slowLucca: 'Lucca tarde à répondre, nous attendons encore. La page se met à jour dès sa réponse.',
    signOut: 'Se déconnecter',
    toggleNav: 'Afficher ou masquer la navigation',
    language: 'Langue',
    darkMode: 'Passer en mode sombre',
    lightMode: 'Passer en mode clair',
    userMenu: 'Connecté : {{username}}',
    productionBanner:
      'Compte de production « {{account}} » : les modifications touchent les intégrations réelles.',
    emergency: 'Le compte de secours {{name}} s’est connecté le {{when}}.',
    emergencyTrail: 'Journal d’audit',
  },
  roles: { admin: 'Administrateur', viewer: 'Lecture seule' },
  environment: {
    production: 'Production',
    test: 'Test',
    sandbox: 'Bac à sable',
    emulator: 'Émulateur local',
  },
  environmentShort: { production: 'Production', test: 'Test', sandbox: 'Bac à sable', emulator: 'Émulateur' },
  actions: {
    retry: 'Réessayer',
    close: 'Fermer',
    cancel: 'Annuler',
    open: 'Ouvrir',
  },
  errors: {
    title: 'Un problème est survenu',
    generic: 'Lucca n’a pas pu traiter cette demande.',
    network: 'La console est injoignable. Vérifiez votre connexion puis réessayez.',
    unexpected: 'Cette page a rencontré un problème inattendu. Rechargez la page pour réessayer.',
    notForwarded:
      'La console ne transmet pas cette demande à Lucca : l’adresse ou l’identifiant n’est pas de ceux qu’elle accepte.',
    consoleBudget: 'La console espace ses appels à Lucca. Réessayez dans {{seconds}} secondes.',
    rateLimited:
      'La limite de requêtes Lucca de ce compte est atteinte. Réessayez dans {{seconds}} secondes.',
    circuitOpen:
      'Lucca ne répond pas en ce moment ; la console a suspendu ses appels. Réessayez dans une minute.',
    databaseUnavailable:
      'La console n’arrive pas à joindre sa base de données pour l’instant. Réessayez dans un instant.',
    timeout: 'Lucca a mis trop de temps à répondre. Réessayez.',
    upstream: 'Lucca a répondu par une erreur. Réessayez dans un instant.',
    connectionDns:
      'La console ne trouve pas Lucca à son adresse : ce nom n’existe pas (étape de connexion : adresse de Lucca).',
    connectionTls:
      'La console ne fait pas confiance au certificat que présente l’adresse de Lucca (étape de connexion : adresse de Lucca).',
    connectionToken:
      'Le service de connexion de Lucca n’a pas répondu comme prévu (étape de connexion : service de jetons). Réessayez dans un instant.',
    connectionCredentials:
      'Lucca n’accepte pas l’identifiant et le secret client de la console (étape de connexion : identifiant et secret client).',
    connectionScopes:
      'Lucca refuse cette action à la console : il manque un droit (scope) à son application cliente (étape de connexion : droits).',
    connectionNotEnabled:
      'Lucca refuse à la console les webhooks de ce compte : ils n’y sont peut-être pas encore activés (étape de connexion : API des webhooks).',
    connectionLink: 'Ouvrir la vérification de la connexion',
    signedOut: 'Votre session a expiré. Reconnectez-vous.',
    forbidden: 'Votre rôle ne permet pas cette action.',
    notFound: 'Cet élément n’existe plus. Il a peut-être été supprimé.',
    conflict: 'Quelqu’un a modifié cet élément entre-temps. Rechargez-le et recommencez.',
    refreshFailed: 'Actualisation impossible',
    pageNotFound: 'Page introuvable',
    pageNotFoundBody: 'Cette adresse ne correspond à aucune page de la console.',
    pageBroken: 'Cette page ne peut pas s’afficher',
  },
  confirm: { typeToConfirm: 'Saisissez « {{word}} » pour confirmer' },
  dates: { placeholder: 'jj/mm/aaaa', invalid: 'Saisissez une date au format {{pattern}}' },
  developer: {
    title: 'Pour votre intégrateur',
    copy: 'Copier pour mon intégrateur',
    copied: 'Copié',
  },
}
