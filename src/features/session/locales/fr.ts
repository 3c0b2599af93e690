import type { Strings } from '../../../lib/strings'
import type { en } from './en'

/** Chaînes françaises de session (espace de noms `session`). */
export const fr: Strings<typeof en> = {
  account: {
    menuTitle: 'Comptes Lucca',
    none: 'Aucun compte',
    switcherLabel: 'Compte actif : {{account}}. Changer de compte',
    switchFailed: 'Impossible de changer de compte',
  },
  signIn: {
    intro: 'Connectez-vous pour gérer les webhooks de votre compte Lucca.',
    username: 'Identifiant',
    password: 'Mot de passe',
    submit: 'Se connecter',
    showCharacters: 'Afficher ou masquer les caractères saisis',
    required: 'Obligatoire',
    wrongCredentials: 'Identifiant ou mot de passe incorrect.',
    throttled: 'Trop de tentatives. Réessayez dans {{wait}}.',
    signedOut: 'Vous êtes déconnecté.',
    expired:
      'Votre session a expiré. Reconnectez-vous pour continuer : cette page et votre saisie sont conservées.',
    again: 'Reconnectez-vous',
    company: 'Se connecter avec le compte de votre entreprise',
    companyOnly: 'Utilisez le compte avec lequel vous vous connectez aux outils de votre entreprise.',
    orPassword: 'ou avec un mot de passe de la console',
    breakGlass: 'Accès de secours uniquement : chaque connexion est enregistrée',
  },
}
